// Package audit defines phigate's audit events and their hash chain. Events
// carry IDs, categories and outcomes, never message text, subjects or matched
// terms.
package audit

import "time"

// Actions.
const (
	ActAccepted       = "accepted"       // message stored; Categories = verdict
	ActRewritten      = "rewritten"      // PHI found: sealed, notices queued
	ActPassed         = "passed"         // clean: relayed unchanged
	ActRejected       = "rejected"       // refused by policy or error before acceptance
	ActDelivered      = "delivered"      // upstream accepted
	ActDeferred       = "deferred"       // temporary failure, will retry
	ActBounced        = "bounced"        // permanent failure or expiry, DSN queued
	ActLinkViewed     = "link.viewed"    // landing page
	ActMessageViewed  = "message.viewed" // verified view
	ActDownload       = "attachment.downloaded"
	ActVerifyFailed   = "verify.failed"
	ActVerified       = "verify.ok"
	ActLocked         = "link.locked"
	ActUnlocked       = "link.unlocked"
	ActRevoked        = "link.revoked"
	ActReply          = "reply.received"
	ActShredded       = "record.shredded"
	ActUserAdded      = "user.added"
	ActUserChanged    = "user.changed"
	ActAuthFailed     = "auth.failed"
	ActKeyRotated     = "key.rotated"
	ActKeyRewrapped   = "key.rewrapped"
	ActSignatureBad   = "signature.invalid"
	ActConsentChanged = "consent.changed"
	ActAPIKeyAdded    = "apikey.added"
	ActAPIKeyChanged  = "apikey.changed"   // disabled or enabled again
	ActPatientChanged = "patient.changed"  // directory entry added, changed or removed
	ActCodeSent       = "verify.code_sent" // a one-time code was queued for a link
	ActLinkResent     = "link.resent"      // staff replaced a link with a new one
)

// Event is one audit entry. Seq, Prev and Hash are set by the vault when the
// event is committed.
type Event struct {
	Seq     uint64    `json:"seq"`
	Time    time.Time `json:"time"`
	Actor   string    `json:"actor"` // user:<id>, apikey:<id>, ip:<addr>, system, patient:<link id>
	Action  string    `json:"action"`
	Channel string    `json:"channel,omitempty"` // email | sms | portal | cli
	// Objects are IDs: msg:<id>, rec:<id>, lnk:<id>, q:<id>.
	Objects []string `json:"objects,omitempty"`
	// Recipients are stored so an admin can answer "what did we send to this
	// person"; they are never logged.
	Recipients []string `json:"recipients,omitempty"`
	Categories []string `json:"categories,omitempty"`
	Outcome    string   `json:"outcome,omitempty"` // ok | fail | temp | perm
	// Detail is machine text without PHI, e.g. an SMTP status "451 4.4.1".
	Detail string `json:"detail,omitempty"`
	Prev   []byte `json:"prev,omitempty"`
	Hash   []byte `json:"hash,omitempty"`
}
