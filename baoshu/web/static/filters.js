// Filter forms apply a chosen option at once; typed filters apply on Enter.
(function () {
  "use strict";
  document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
    form.querySelectorAll("select, input[type=date]").forEach(function (field) {
      field.addEventListener("change", function () { form.requestSubmit(); });
    });
  });
})();
