// The NHS.UK frontend template's first snippet in <body>, as a file so the Content-Security-Policy needs no
// inline scripts: it tells nhsuk-frontend's components that JavaScript (and ES modules) are available.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
