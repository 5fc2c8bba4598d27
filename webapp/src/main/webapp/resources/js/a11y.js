// Accessibility fixes applied on every page (and after every PrimeFaces ajax update).
// PrimeFaces renders the native input of a simple file upload with aria-hidden="true" although it
// is the control that takes the keyboard focus: screen readers would not announce it (axe-core
// rule aria-hidden-focus). Its label (p:outputLabel for=) names it once the attribute is gone.
document.documentElement.classList.add('tl-js');

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

// The menu button of phone-sized screens: opens and closes the menu, says so to screen readers
// (aria-expanded), closes on Escape and gives the focus back to the button.
(function () {
    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('menuButton');
        var menu = document.getElementById('mainMenu');
        if (!button || !menu) {
            return;
        }
        function show(open) {
            document.body.classList.toggle('tl-menu-open', open);
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') !== 'true';
            show(open);
            if (open) {
                var first = menu.querySelector('a');
                if (first) {
                    first.focus();
                }
            }
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape' && document.body.classList.contains('tl-menu-open')) {
                show(false);
                button.focus();
            }
        });
    });
})();
