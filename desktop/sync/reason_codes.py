"""The reason codes of a bundle's content, of directives and listings, of signing keys and of the center's chain
and network answers: the English a refusal keeps (a receipt, a log line), marked for translation in context
``Sync``; desktop/sync/reasons.py reads them in the user's language. Each is written here exactly as the module
named above it raises it (``{name}``: the part filled in there), so that tests/sync/test_every_reason_has_a_sentence.py
can check that nothing is raised without a sentence.
"""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

#: A progress bundle's parts (desktop/sync/progress_content.py, row_values.py) and the center's apply step
#: (desktop/center/applying.py).
PROGRESS_CODES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Sync", "unexpected part"),
    QT_TRANSLATE_NOOP("Sync", "missing part"),
    QT_TRANSLATE_NOOP("Sync", "larger than {limit} bytes (a province cuts at most {cut} bytes of changes into one "
                              "bundle)"),
    QT_TRANSLATE_NOOP("Sync", "larger than {limit} bytes (a province cuts at most {cut} bytes of indicators into "
                              "one bundle)"),
    QT_TRANSLATE_NOOP("Sync", "larger than {limit} bytes"),
    QT_TRANSLATE_NOOP("Sync", "not {changes: [...]}"),
    QT_TRANSLATE_NOOP("Sync", "more than {limit} changes (a province cuts at most {cut} changes into one bundle)"),
    QT_TRANSLATE_NOOP("Sync", "invalid change entry"),
    QT_TRANSLATE_NOOP("Sync", "invalid or repeated change id"),
    QT_TRANSLATE_NOOP("Sync", "change {change}: a value that is not an object"),
    QT_TRANSLATE_NOOP("Sync", "change {change}: {table} row {row}, field {field}: {problem}"),
    QT_TRANSLATE_NOOP("Sync", "not {months: [...], rows: [...]}"),
    QT_TRANSLATE_NOOP("Sync", "a month that is not an integer month index"),
    QT_TRANSLATE_NOOP("Sync", "a row outside the listed months"),
    QT_TRANSLATE_NOOP("Sync", "not an object"),
    QT_TRANSLATE_NOOP("Sync", "not {snapshots: [...]}"),
    QT_TRANSLATE_NOOP("Sync", "invalid snapshot entry"),
    QT_TRANSLATE_NOOP("Sync", "the figures of {period} do not match their hash"),
    QT_TRANSLATE_NOOP("Sync", "not {periods: [...]}"),
    QT_TRANSLATE_NOOP("Sync", "invalid period entry"),
    # what is wrong with one field of a row (row_values.py): the {problem} above
    QT_TRANSLATE_NOOP("Sync", "empty"),
    QT_TRANSLATE_NOOP("Sync", "not an integer"),
    QT_TRANSLATE_NOOP("Sync", "out of range"),
    QT_TRANSLATE_NOOP("Sync", "not a number"),
    QT_TRANSLATE_NOOP("Sync", "not above 0"),
    QT_TRANSLATE_NOOP("Sync", "not between 0 and 100"),
    QT_TRANSLATE_NOOP("Sync", "not text"),
    QT_TRANSLATE_NOOP("Sync", "not a date"),
    QT_TRANSLATE_NOOP("Sync", "not a timestamp"),
    QT_TRANSLATE_NOOP("Sync", "longer than {count} characters"),
    QT_TRANSLATE_NOOP("Sync", "not one of {choices}"),
    # the center's apply step (applying.py)
    QT_TRANSLATE_NOOP("Sync", "change id {change} was applied in an earlier bundle"),
    QT_TRANSLATE_NOOP("Sync", "the center's tables do not take the content: {kind}"),
)

#: A directive bundle, its content and the center's listing (directive_content.py, directives.py, listing.py).
DIRECTIVE_CODES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Sync", "{what} must have exactly the fields {fields}"),
    QT_TRANSLATE_NOOP("Sync", "{what} must be non-empty text"),
    QT_TRANSLATE_NOOP("Sync", "{what} must be text"),
    QT_TRANSLATE_NOOP("Sync", "{what} must be a number"),
    QT_TRANSLATE_NOOP("Sync", "{what} must be a date YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Sync", "{what} must be a list"),
    QT_TRANSLATE_NOOP("Sync", "repeated activity code"),
    QT_TRANSLATE_NOOP("Sync", "repeated program code"),
    QT_TRANSLATE_NOOP("Sync", "repeated deadline code"),
    QT_TRANSLATE_NOOP("Sync", "an activity finishes before it starts"),
    QT_TRANSLATE_NOOP("Sync", "weight must be positive and at most {limit}"),
    QT_TRANSLATE_NOOP("Sync", "unknown indicator {indicator}"),
    QT_TRANSLATE_NOOP("Sync", "repeated indicator target"),
    QT_TRANSLATE_NOOP("Sync", "a directive must carry at least one program, target or deadline"),
    # the {what} above when it is an entry, not a field named as the file writes it (weight, planned_start)
    QT_TRANSLATE_NOOP("Sync", "an activity"),
    QT_TRANSLATE_NOOP("Sync", "a program"),
    QT_TRANSLATE_NOOP("Sync", "an indicator target"),
    QT_TRANSLATE_NOOP("Sync", "a deadline"),
    QT_TRANSLATE_NOOP("Sync", "the directives"),
    # the chain of directives (directives.py)
    QT_TRANSLATE_NOOP("Sync", "other content"),
    QT_TRANSLATE_NOOP("Sync", "an older sequence"),
    QT_TRANSLATE_NOOP("Sync", "its previous hash is not the last directive's"),
    QT_TRANSLATE_NOOP("Sync", "unexpected parts"),
    QT_TRANSLATE_NOOP("Sync", "directive {sequence} is not the file the listing names"),
    # the center's signed listing (listing.py)
    QT_TRANSLATE_NOOP("Sync", "not a signed listing"),
    QT_TRANSLATE_NOOP("Sync", "the signature does not verify with the pinned center key"),
    QT_TRANSLATE_NOOP("Sync", "unreadable body"),
    QT_TRANSLATE_NOOP("Sync", "a listing for another request"),
    QT_TRANSLATE_NOOP("Sync", "unreadable time"),
    QT_TRANSLATE_NOOP("Sync", "dated in the future"),
    QT_TRANSLATE_NOOP("Sync", "an invalid entry"),
    QT_TRANSLATE_NOOP("Sync", "too many entries"),
)

#: The province's signing key and the keys it reads (key_files.py, key_store.py, keys.py).
KEY_CODES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Sync", "an empty passphrase is not allowed"),
    QT_TRANSLATE_NOOP("Sync", "cannot read {path}: {detail}"),
    QT_TRANSLATE_NOOP("Sync", "{path} is not a supported key file"),
    QT_TRANSLATE_NOOP("Sync", "the keyring did not keep the key"),
    QT_TRANSLATE_NOOP("Sync", "the key in the keyring is damaged"),
    QT_TRANSLATE_NOOP("Sync", "keyring: {kind}"),
    QT_TRANSLATE_NOOP("Sync", "the key file needs a passphrase"),
    QT_TRANSLATE_NOOP("Sync", "no public key found"),
    QT_TRANSLATE_NOOP("Sync", "unreadable public key"),
    QT_TRANSLATE_NOOP("Sync", "not an Ed25519 public key"),
    QT_TRANSLATE_NOOP("Sync", "the key id does not match the key"),
)

#: Receipts matched to the outbox, the chain the center gives back, the network (outbox.py, resync.py, sender.py).
CHAIN_CODES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Sync", "a later bundle is acknowledged"),
    QT_TRANSLATE_NOOP("Sync", "sequence"),
    QT_TRANSLATE_NOOP("Sync", "file hash"),
    QT_TRANSLATE_NOOP("Sync", "not JSON"),
    QT_TRANSLATE_NOOP("Sync", "not a list"),
    QT_TRANSLATE_NOOP("Sync", "{count} bundles in one page"),
    QT_TRANSLATE_NOOP("Sync", "entry after bundle {sequence}"),
    QT_TRANSLATE_NOOP("Sync", "more than {count} MiB of bundles"),
    QT_TRANSLATE_NOOP("Sync", "could not connect: {detail}"),
    QT_TRANSLATE_NOOP("Sync", "no answer in time: {detail}"),
    QT_TRANSLATE_NOOP("Sync", "network error: {detail}"),
)
