/*
 * Bizbill page helpers, loaded as a file (CSP: script-src 'self' and PrimeFaces' nonce; no inline scripts).
 * Issue 18 §5: a byte counter for fields whose rule counts UTF-8 bytes (data-max-bytes, data-counter).
 */
(function () {
    function count(el) {
        var out = document.getElementById(el.getAttribute('data-counter'));
        if (!out) {
            return;
        }
        var n = new TextEncoder().encode(el.value).length;
        out.textContent = n;
        out.className = n > Number(el.getAttribute('data-max-bytes')) ? 'bb-over' : '';
    }
    document.addEventListener('input', function (e) {
        if (e.target && e.target.hasAttribute && e.target.hasAttribute('data-max-bytes')) {
            count(e.target);
        }
    });
})();

/*
 * Issue 18 §5: a warning before the session ends, so what was typed is not lost: two minutes before the server
 * forgets the session (data-session-seconds on the body, reset by every page load and ajax answer), a bar offers
 * to stay signed in; staying asks the server for the page again, which keeps the session.
 */
(function () {
    var body = document.body;
    var seconds = body ? Number(body.getAttribute('data-session-seconds')) : 0;
    if (!seconds || seconds < 180) {
        return;
    }
    var timer;
    function warn() {
        var bar = document.getElementById('bb-session-warning');
        if (bar) {
            bar.hidden = false;
        }
    }
    function restart() {
        clearTimeout(timer);
        timer = setTimeout(warn, (seconds - 120) * 1000);
    }
    document.addEventListener('click', function (e) {
        if (e.target && e.target.id === 'bb-session-stay') {
            fetch(window.location.href, {method: 'GET', credentials: 'same-origin'}).then(function () {
                document.getElementById('bb-session-warning').hidden = true;
                restart();
            });
        }
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', restart);
    }
    restart();
})();

/*
 * Issue 20 §1: a long upload (10,000 recipients) shows that it is under way: a form with data-busy="<id>" reveals
 * that element (a progress bar and words) when submitted and disables its buttons, so it is not sent twice.
 */
(function () {
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (!form || !form.getAttribute || !form.getAttribute('data-busy')) {
            return;
        }
        var busy = document.getElementById(form.getAttribute('data-busy'));
        if (busy) {
            busy.hidden = false;
        }
        setTimeout(function () {
            form.querySelectorAll('input[type=submit], button').forEach(function (b) {
                b.disabled = true;
            });
        }, 0);
    });
})();
