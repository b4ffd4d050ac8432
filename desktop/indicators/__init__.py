"""Branch performance indicators: derived monthly aggregates and the service that reads them."""
