// The map of the report form, loaded only where one is shown. Without this script a click sends the
// form and the page comes back closer with the point; with it, the point is taken here, described by
// the server, and the map drawn closer.
document.querySelectorAll('input[type="image"][data-module="invicta-map"]').forEach((map) => {
  map.addEventListener('click', async (event) => {
    if (event.detail === 0) return; // Enter or a key, not a pointer: let the form be sent as it is
    event.preventDefault();
    const [west, south, east, north] = map.dataset.view.split(',').map(Number);
    const lat = (north - event.offsetY / map.clientHeight * (north - south)).toFixed(5);
    const lng = (west + event.offsetX / map.clientWidth * (east - west)).toFixed(5);
    const answer = await fetch(`/api/v1/map/place?latitude=${lat}&longitude=${lng}&view=${map.dataset.view}`,
      { headers: { Accept: 'application/json' } });
    if (!answer.ok) return;
    const place = await answer.json();
    map.form.elements.latitude.value = lat;
    map.form.elements.longitude.value = lng;
    map.form.elements.mapView.value = place.closerView;
    const typed = map.form.elements.place;
    if (typed && !typed.value.trim()) typed.value = place.described;
    document.getElementById('map-point').textContent = `Point chosen: ${lat}, ${lng} (${place.described})`;
    map.dataset.view = place.closerView;
    map.src = `/maps/area.svg?view=${encodeURIComponent(place.closerView)}&mark=${lat},${lng}`;
  });
});
