// Swagger UI on /openapi.json; "Try it out" sends the session cookie and its CSRF token, as
// every unsafe request to the API must.
window.addEventListener("DOMContentLoaded", () => {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: false, // its path links sit inside buttons (swagger-ui#9570: nested-interactive)
    requestInterceptor: (request) => {
      request.credentials = "same-origin";
      request.headers["X-CSRF-Token"] = csrf;
      return request;
    },
  });
});
