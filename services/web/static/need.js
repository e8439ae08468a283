// While the matcher works, ask the API (which waits up to 20 s for the answer) and reload the
// page once the suggestions are in. Without JavaScript the page refreshes itself (noscript).
(function () {
  const waiting = document.querySelector("[data-need]");
  if (!waiting) return;
  const url = "/api/needs/" + encodeURIComponent(waiting.dataset.need) + "?wait=20";
  async function poll() {
    try {
      const answer = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (answer.ok && (await answer.json()).state !== "submitted") {
        window.location.reload();
        return;
      }
    } catch (error) {
      // the server restarted or the network dropped: try again shortly
    }
    window.setTimeout(poll, 1000);
  }
  poll();
})();
