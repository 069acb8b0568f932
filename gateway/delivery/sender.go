package delivery

import (
	"context"
	"errors"
	"fmt"

	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/queue"
)

// Sender hands one queue item to the next hop of its channel (the upstream
// MTA, the dev outbox, Twilio). It is called by several workers at once.
//
// A nil error means the next hop accepted responsibility for the message.
// Any other error is a failed attempt: wrap it with Permanent when retrying
// cannot help (SMTP 5xx, Twilio 4xx for a bad number); everything else
// (network errors, SMTP 4xx, HTTP 5xx, timeouts) is retried with backoff.
type Sender interface {
	Send(ctx context.Context, it *queue.Item) (Receipt, error)
}

// Receipt describes an accepted hand-off. Neither field may carry PHI.
type Receipt struct {
	// Status is the remote's reply, e.g. "250 2.0.0 Ok: queued as 4F1A".
	Status string
	// ProviderID is the remote's ID for the message (a Twilio SID), if any.
	ProviderID string
}

// Error is a failed attempt with the status to record. Status is machine
// text without PHI: an SMTP reply code and enhanced code, a Twilio error
// code, "timeout", "connection refused".
type Error struct {
	Permanent bool
	Status    string
	Err       error
}

func (e *Error) Error() string {
	kind := "temporary"
	if e.Permanent {
		kind = "permanent"
	}
	if e.Err == nil {
		return fmt.Sprintf("delivery: %s failure: %s", kind, e.Status)
	}
	return fmt.Sprintf("delivery: %s failure: %s: %v", kind, e.Status, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Permanent marks err as a failure that retrying cannot fix.
func Permanent(status string, err error) error {
	return &Error{Permanent: true, Status: status, Err: err}
}

// Temporary marks err as a failure worth retrying.
func Temporary(status string, err error) error {
	return &Error{Status: status, Err: err}
}

// classify returns whether err is permanent and the status to record.
func classify(err error) (permanent bool, status string) {
	var de *Error
	if errors.As(err, &de) {
		return de.Permanent, de.Status
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return false, "timeout"
	}
	return false, "temporary failure"
}

// Observer is told of every outcome inside the batch that records it, so a
// channel can keep its own message state (SMS status, status callbacks) in
// the same durable commit. Both methods may add writes to b; an error aborts
// the commit and the attempt is recorded again later.
type Observer interface {
	Delivered(b *vault.Batch, it *queue.Item, r Receipt) error
	// Failed reports a deferred (permanent=false) or final failure.
	Failed(b *vault.Batch, it *queue.Item, permanent bool, status string) error
}
