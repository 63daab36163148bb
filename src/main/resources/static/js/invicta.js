// Progressive enhancement only: every page works without this script.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const govuk = document.querySelector('meta[name="govuk-frontend"]');
if (govuk) {
  import(govuk.content + '/govuk-frontend.min.js').then((frontend) => frontend.initAll());
}
