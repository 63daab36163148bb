// Progressive enhancement only: every page works without this script.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const govuk = document.querySelector('meta[name="govuk-frontend"]');
if (govuk) {
  import(govuk.content + '/govuk-frontend.min.js').then((frontend) => frontend.initAll());
}

// Keyboard shortcuts for people who record all day: Ctrl+Enter (Cmd+Enter on a Mac) sends the form being
// filled in, from any field, the textarea included; "/" outside a field goes to the page's search box.
document.addEventListener('keydown', (event) => {
  const field = event.target.closest ? event.target.closest('input, select, textarea') : null;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && field && field.form) {
    event.preventDefault();
    field.form.requestSubmit();
  } else if (event.key === '/' && !field && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const search = document.querySelector('input[type="search"]');
    if (search) {
      event.preventDefault();
      search.focus();
    }
  }
});
