// "Copy link" on quote pages: puts the page's permanent URL on the clipboard.
// The Clipboard API works on https, localhost and file:// pages; elsewhere (plain http)
// the old execCommand copy does, and if even that fails the link is shown to copy by hand.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button.copy-link");
  if (!button) return;
  var url = new URL(button.getAttribute("data-permalink"), location.href).href;
  function done() {
    button.textContent = "Link copied";
    setTimeout(function () { button.textContent = "Copy link"; }, 2000);
  }
  function fallback() {
    var field = document.createElement("textarea");
    field.value = url;
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { /* unsupported */ }
    field.remove();
    if (copied) done(); else window.prompt("Copy this link:", url);
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(url).then(done, fallback);
  } else {
    fallback();
  }
});

// "Cite this" and the embed code on a quote page built without SITE_URL hold the page's
// relative address ("quotes/<id>.html"), which breaks once pasted elsewhere: filled in here
// with the absolute address the page is viewed at. A site built with SITE_URL has absolute
// addresses already, and they are left as they are.
(function () {
  var button = document.querySelector("button.copy-link");
  var heading = document.getElementById("cite-this");
  if (!button || !heading) return;
  var own = button.getAttribute("data-permalink");  // "<id>.html"
  var relative = new RegExp('(^|[\\s"])quotes/' + own.replace(/\./g, "\\.") + "(?=$|[\\s\"<#])", "g");
  var absolute = new URL(own, location.href);
  absolute.hash = absolute.search = "";
  for (var el = heading.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (relative.test(node.nodeValue)) {
        relative.lastIndex = 0;
        node.nodeValue = node.nodeValue.replace(relative, "$1" + absolute.href);
      }
      relative.lastIndex = 0;
    }
  }
})();
