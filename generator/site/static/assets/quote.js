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
