"""The follow-up center: registers provinces' keys, ingests their signed progress bundles into its own
database (a consolidated national view), answers each with a signed receipt, and reports stale provinces."""
