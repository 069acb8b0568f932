package sms

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/phigate/phigate/vault"
)

// The consent registry (vault keyspace con/): one entry per E.164 number
// that has texted an opt-out or opt-in keyword. No entry means the number
// never opted out. Opt-out is global to the practice, not per sending
// number: a patient who says STOP to one of the practice's numbers should
// not hear from another.

// Keyword kinds.
const (
	kwStop  = "stop"
	kwStart = "start"
	kwHelp  = "help"
)

// keyword classifies an inbound body the way carriers and Twilio do: the
// whole message, one word, any case. "STOP please" is a message, not an
// opt-out.
func keyword(body string) string {
	w := strings.TrimSpace(body)
	if len(w) > 11 {
		return ""
	}
	switch strings.ToUpper(w) {
	case "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT":
		return kwStop
	case "START", "YES", "UNSTOP":
		return kwStart
	case "HELP", "INFO":
		return kwHelp
	}
	return ""
}

// Consent is the registry entry of one number.
type Consent struct {
	OptedOut bool      `json:"opted_out"`
	Keyword  string    `json:"keyword"` // the word received, upper-cased
	Time     time.Time `json:"time"`
	// MessageSid is Twilio's SID of the keyword message (evidence).
	MessageSid string `json:"message_sid,omitempty"`
}

func putConsent(b *vault.Batch, number string, c Consent) error {
	val, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("sms: encode consent: %w", err)
	}
	b.Put(vault.KSConsent, number, val)
	return nil
}

// putHelp records a HELP/INFO request under help/<number>.
func putHelp(b *vault.Batch, number string, c Consent) error {
	val, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("sms: encode consent: %w", err)
	}
	b.Put(vault.KSConsent, "help/"+number, val)
	return nil
}

// OptedOut reports whether number has opted out of messages.
func OptedOut(ctx context.Context, v *vault.Vault, number string) (bool, error) {
	val, err := v.Get(ctx, vault.KSConsent, number)
	if errors.Is(err, vault.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sms: consent: %w", err)
	}
	var c Consent
	if err := json.Unmarshal(val, &c); err != nil {
		// An entry we cannot read is treated as an opt-out: fail closed.
		return true, nil
	}
	return c.OptedOut, nil
}

// Standard confirmation replies (Twilio's default wording for STOP and
// START; HELP names the practice so the patient knows who is texting).
const (
	replyStop  = "You have successfully been unsubscribed. You will not receive any more messages from this number. Reply START to resubscribe."
	replyStart = "You have successfully been re-subscribed to messages from this number. Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply."
)

func replyHelp(practice, phone string) string {
	s := practice + ": "
	if phone != "" {
		s += "for help call " + phone + ". "
	}
	return s + "Reply STOP to unsubscribe. Msg&Data Rates May Apply."
}
