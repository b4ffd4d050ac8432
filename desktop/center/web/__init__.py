"""The center's dashboard in the browser (issue 16): server-rendered pages over desktop/center/staff/ and the
center's services. No JavaScript; every rule is in the service layer, a page only shows its answer."""
