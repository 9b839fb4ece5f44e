// LTI pages shown inside a learning platform's frame (templates/lti/).
(function () {
  "use strict";

  // Login initiation: continue in the frame when it may keep cookies (the OIDC state cookie is
  // SameSite=None; Secure); otherwise leave the "open in a new window" link for the person.
  var check = document.querySelector("[data-lti-cookie-check]");
  if (check) {
    var topLevel = window.top === window.self;
    var probe = "lti1p3_cookie_probe=1";
    document.cookie = probe + "; SameSite=None; Secure; path=/";
    var allowed = navigator.cookieEnabled && document.cookie.indexOf(probe) !== -1;
    document.cookie = probe + "; max-age=0; SameSite=None; Secure; path=/";
    if (topLevel || allowed) {
      window.location.replace(check.getAttribute("data-continue-url"));
    }
  }

  // Deep-linking response: post the signed choice back to the platform without another click.
  var form = document.querySelector("form[data-lti-autosubmit]");
  if (form) {
    form.submit();
  }
})();

// Dynamic registration done: tell the platform to close its registration frame or window.
(function () {
  "use strict";
  if (document.querySelector("[data-lti-registered]")) {
    (window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*");
  }
})();
