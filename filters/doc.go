// Package filters decides what is PHI. It scans a channel-neutral Content
// (subject and the free-text header fields shown beside it, text and HTML
// parts, attachments, display names, an SMS body) and returns a Verdict
// naming categories and rule IDs — never the matched text.
//
// # Pipeline
//
// Each text part goes through one pass: the normaliser (normalize.go) turns
// it into a skeleton of lower-case ASCII letters and digits with word-boundary
// flags — NFKD/NFKC compatibility folding, diacritics dropped, invisible
// characters removed, Cyrillic/Greek/Armenian look-alikes mapped, leetspeak
// read inside words, separators removed but remembered, repeated letters
// collapsed — and every skeleton character steps a dense Aho-Corasick
// automaton built from the lexicon as it is emitted. Matches are then
// filtered by the boundary rules and the context rule below, words of seven
// or more letters are looked up as possible misspellings (fuzzy.go), and the
// identifier detectors run over the raw text of the tokens that hold digits,
// with cue positions from the same pass. Attachments are sniffed by their
// bytes, HTML is reduced to its text (hidden text, comments, alt and title
// attributes included; cid: and data: images noted).
//
// # Categories
//
// procedure, product, medication, condition, clinical (lexicon terms);
// ssn, dob, mrn, insurance_id, payment_card, patient_name (identifiers);
// image, attachment (every image and every other attachment); unparsable
// (the channel could not parse the message: fail closed); unreadable (a
// part mostly in a script the lexicon cannot read — Chinese, Japanese,
// Thai, Arabic…: at least 12 such letters and a third of all letters; fail
// closed, though a practice may set filters.policy.unreadable: pass).
// Korean is read: the lexicon's role-hangul terms are matched as literal
// substrings of Hangul text. A practice's
// extra_terms may use categories of their own. The gateway maps categories to
// rewrite, pass or reject through filters.policy.
//
// # Lexicon
//
// configs/lexicon/*.yaml, embedded. A file sets defaults (category, role,
// ambiguous) for its entries; an entry has an id (the rule id reported in
// findings), a category, terms, misspellings, and optionally role and
// ambiguous. Roles: term (a finding), context (a clinical or appointment cue,
// never a finding by itself), benign (an everyday phrase such as "orange peel"
// that vetoes term matches inside it), cue (a cue word for an identifier
// detector: ssn, dob, mrn, insurance_id, month), word (an everyday word one
// edit from a long name — "gentleman", "infection" — that is never read as
// its misspelling). Terms are normalised exactly like scanned text, so
// "Juvéderm", "juvederm" and "JUVEDERM" are one pattern.
//
// A procedure or product name fires wherever it appears, mass marketing
// included: the engine cannot tell a newsletter from a note to one patient,
// and a false alarm costs one click where a miss is a breach.
//
// # Misspellings
//
// Besides the misspellings the lexicon lists, a word one edit (insertion,
// deletion, substitution, swap of neighbours) from a procedure, product or
// medication name of eight or more letters, as the lexicon spells it, reads
// as that name ("microneedlig", "blepharoplsty"). Shorter names and English
// medical words are matched exactly: one edit from them lies ordinary
// English.
//
// # Boundary rules
//
// A match normally starts at a word start and ends at a word end, where a
// word may carry an inflection (s, es, ed, d, ing, er, ers, y: "fillers",
// "peeling", "botoxed"; terms of three or four letters take no er, ers or y,
// which make other words of them: "numb" → "number", "pla" → "play"; terms
// of two letters only a plural s). Short terms (four skeleton letters or
// fewer), ambiguous terms, context cues and patient names must do both
// ("icing" is no cue inside "pricing"). A phrase does not cross the end of a
// sentence: "…48 hrs before. After that…" is not "before after" photos. Longer unambiguous terms
// may be glued to other letters: at the front from five letters ("#nobotox"),
// at the back from seven ("juvedermvoluma", while "renova" stays out of
// "renovated"), on both sides from eight ("mylipfillerday"). A match may span separators the term itself does not have
// ("bo-tox", "b o t o x", "Sculp tra") only if it starts and ends on word
// boundaries and is either spelled out letter by letter ("P.R.P") or an
// unambiguous term of five letters or more; a spelled-out term of four
// letters or fewer must be the whole run of single letters ("x e o" inside
// "x e o m i n" is not a match). Patient names never span extra
// separators.
//
// # Scoring rule for ambiguous terms
//
// Unambiguous terms score 1 and fire alone. An ambiguous term ("filler",
// "peel", "lift", "implant", "BBL", "drip", "consult", "laser", "mole", and
// treatment areas such as "lips", "cheeks", "forehead") scores ½ and fires
// only when, within 80 skeleton characters (about 12–15 words) on either side
// in the same part, there is another ½ or more of evidence: a context cue
// (appointment, injector, syringe, units, swelling, post-op…), an
// unambiguous term, or an ambiguous term of another entry ("filler consult"
// fires both). The reader's own is evidence too: an ambiguous term right
// after "your" (or "ur", "yr"; a clock time between them is skipped: "your
// 7:30 surgery") fires alone — "your filler", "ur lips", "your BBL" — except for entries marked possessive: false ("your consultation"
// is any appointment). A word never vouches for itself: a context cue overlapping
// the ambiguous term ("stitches" is both) does not count. A benign phrase
// that contains the term ("orange peel", "lift gate", "form filler", "drip
// coffee", "chin up") vetoes it no matter what surrounds it. In a display
// name ambiguous terms never fire: a name is a person's or a business's
// ("Pacific Contour Surgery", "Lift Aesthetics"), and the sender's is the
// practice's, which the notice names anyway.
//
// # Identifiers
//
// Digits from other Unicode blocks (full-width, mathematical) and the dashes
// and spaces between them are made ASCII before a part is scanned.
//
// SSN: 3-2-4 digits with a uniform dash or space, or nine digits next to an
// SSN cue (or right after "SS"), minus invalid ranges (area 000, 666, 900–999; group 00; serial
// 0000; well-known sample numbers). Payment cards: 13–19 digits (optionally
// grouped by spaces or dashes) with a known issuer prefix, a length valid for
// that issuer, and a correct Luhn check digit. Dates of birth: a valid
// numeric date (m/d/y, d/m/y, y-m-d; plausible birth year) or a month name and
// year, within about 48 characters of a cue (DOB, born, date of birth,
// birthday). MRN and insurance member IDs: an identifier-shaped token (≥ 4
// digits; for member IDs ≥ 6 characters with ≥ 3 digits; a bare year is
// not one) within 48 bytes after a cue (MRN, patient ID, chart number;
// member ID, policy number, subscriber ID), plus configurable MRN regular
// expressions. Patient names:
// full names from the directory, matched as whole words, also last name
// first ("Whitfield, Dana"). Phone numbers and
// street addresses are deliberately not detected: a signature alone is not PHI.
//
// # Safety
//
// A Scanner is immutable after New and safe for concurrent use; per-scan
// scratch comes from a pool, so steady-state scans of plain text do not
// allocate (ScanTo reuses the caller's Verdict). Findings carry rule ids only;
// nothing in this package logs or returns matched text.
package filters
