// The preview page's first script, in its head: it starts loading Microsoft's Word or Excel client
// at once, as taskpane.html's office.js script does in Office, rather than after the preview's own
// bundle has run. src/simulator/browser.ts (loadOfficeClientInPage) takes this script over.
(function () {
  var host = new URLSearchParams(window.location.search).get('host') === 'excel' ? 'excel' : 'word';
  var script = document.createElement('script');
  script.src = 'office-js/' + host + '-web-16.00.js';
  script.onerror = function () {
    script.setAttribute('data-failed', '');
  };
  document.head.appendChild(script);
})();
