// Loaded as a classic script in the <head> of every hostile test page (an external file: the
// strict CSP blocks inline scripts). Records what the page saw, for the test to read.
(function () {
  const doc = globalThis.document;
  const probe = {
    /** Every `securitypolicyviolation`: the directive and what was blocked. */
    violations: [],
    /** Submits of the host page's own form (`#host`); the widgets must never cause one. */
    hostSubmits: 0,
    /** `otd-contact-action` details from the escalation card. */
    contactActions: [],
    /** Every `otd-*` event type seen on the document, with its count. */
    events: {},
  };
  globalThis.__otdProbe = probe;
  doc.addEventListener('securitypolicyviolation', (e) => {
    probe.violations.push(`${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
  });
  doc.addEventListener(
    'submit',
    (e) => {
      if (e.target && e.target.id === 'host') probe.hostSubmits++;
    },
    true,
  );
  doc.addEventListener('otd-contact-action', (e) => probe.contactActions.push(e.detail));
  for (const type of ['otd-scan-step', 'otd-scan-complete', 'otd-signup-success', 'otd-signup-queued', 'otd-signup-error']) {
    doc.addEventListener(type, () => {
      probe.events[type] = (probe.events[type] || 0) + 1;
    });
  }
})();
