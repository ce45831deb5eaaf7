/// The files the preview server adds under /_tally/: they exist only while previewing.
enum PreviewAssets {
    /// Reloads the page when a build changes it (or everything), and hides the problems overlay
    /// on request. A classic script, allowed by the pages' policy because it comes from the
    /// same server.
    static let liveReload = """
        (function () {
          "use strict";
          var script = document.currentScript;
          var version = Number(script.getAttribute("data-version"));
          var path = script.getAttribute("data-path");
          var close = document.querySelector("[data-tally-close]");
          if (close) {
            close.addEventListener("click", function () {
              document.getElementById("tally-overlay").hidden = true;
            });
          }
          if (!window.EventSource) { return; }
          var source = new EventSource("/_tally/events");
          source.addEventListener("update", function (event) {
            var update = JSON.parse(event.data);
            if (update.version === version) { return; }
            if (update.all || update.paths.indexOf(path) !== -1) {
              source.close();
              window.location.reload();
            } else {
              version = update.version;
            }
          });
        }());

        """

    static let overlayStyle = """
        .tally-overlay { position: sticky; top: 0; z-index: 1000; max-height: 60vh; overflow: auto; margin: 0;
          padding: 1rem 1.5rem; background: #fff; color: #0b0c0c; border: 5px solid #d4351c; font-size: 1rem; line-height: 1.4;
          box-shadow: 0 4px 12px rgba(0, 0, 0, .3); }
        .tally-overlay__title { margin: 0 0 .5rem; font-size: 1.5rem; color: #0b0c0c; }
        .tally-overlay__list { padding-left: 1.5rem; }
        .tally-overlay__list li { margin-bottom: .5rem; }
        .tally-overlay__list code { font-weight: 700; word-break: break-all; }
        .tally-overlay__hint { color: #505a5f; }
        .tally-overlay__close { font: inherit; font-weight: 700; padding: .4rem 1rem; border: 2px solid #0b0c0c; background: #f3f2f1; cursor: pointer; }
        .tally-overlay__close:focus { outline: 3px solid #fd0; outline-offset: 0; }

        """
}
