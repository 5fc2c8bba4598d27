// Accessibility fixes applied on every page (and after every PrimeFaces ajax update).
// PrimeFaces renders the native input of a simple file upload with aria-hidden="true" although it
// is the control that takes the keyboard focus: screen readers would not announce it (axe-core
// rule aria-hidden-focus). Its label (p:outputLabel for=) names it once the attribute is gone.
(function () {
    function fix() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        fix();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', fix);
        }
    });
})();
