package sms

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/delivery"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/queue"
)

// Message state for the API's GET …/Messages/{Sid}.json, in the vault's
// msg/ keyspace:
//
//	sms/<sid>/a                       msgState, written with the accepted message
//	sms/<sid>/e/<src>/<rank><status>  msgEvent, one per status reached
//
// src is "px" for phigate's own delivery outcome and "tw" for Twilio's
// status callbacks. Every write is a blind put of its own key, so the
// delivery outcome and a status callback racing each other never need a
// read-modify-write; a reader takes the highest-ranked event. Replaying a
// callback rewrites the same key.

const (
	// ChannelCallback carries a status forward to a caller's StatusCallback.
	ChannelCallback = "sms-callback"
	// ChannelInbound carries an inbound message's slow work: media fetch,
	// seal, delete from Twilio, forward to the practice's webhook.
	ChannelInbound = "sms-inbound"

	kindStatus  = "status"
	kindInbound = "inbound"
)

// msgState is what the API reports about a message besides its status. No
// body: the body is either sealed or already on its way.
type msgState struct {
	SID         string    `json:"sid"`
	Account     string    `json:"account"`
	To          string    `json:"to"`
	From        string    `json:"from,omitempty"`
	Service     string    `json:"service,omitempty"` // messaging service SID
	NumMedia    int       `json:"num_media"`
	NumSegments int       `json:"num_segments"`
	Callback    string    `json:"callback,omitempty"`
	Created     time.Time `json:"created"`
	Sealed      bool      `json:"sealed"`
	APIKey      string    `json:"apikey,omitempty"`
}

type msgEvent struct {
	Status      string    `json:"status"`
	Time        time.Time `json:"time"`
	ErrorCode   int       `json:"error_code,omitempty"`
	ProviderSID string    `json:"provider_sid,omitempty"`
}

func sidOf(id string) string { return "SM" + id }

func stateKey(sid string) string { return "sms/" + sid + "/a" }

func eventKey(sid, src, status string) string {
	return "sms/" + sid + "/e/" + src + "/" + strconv.Itoa(statusRank(status)) + status
}

// statusRank orders Twilio's message statuses so a late "sent" never
// overrides "delivered". Unknown statuses rank -1 and are not recorded.
func statusRank(s string) int {
	switch s {
	case "accepted", "scheduled", "queued":
		return 0
	case "sending":
		return 1
	case "sent":
		return 2
	case "delivered", "undelivered", "failed", "canceled":
		return 3
	case "read":
		return 4
	}
	return -1
}

// How long phigate keeps its SMS bookkeeping. A message's status expires on
// its own (vault.Batch.PutUntil); the replay guards — msg/smsin/<sid> and a
// status callback's event key — never do, because a Twilio signature has
// no timestamp: a guard that expired would let a captured webhook (a START
// undoing a later STOP, say) be replayed. They hold SIDs and a status, no
// message content. Inbound step markers are deleted with their queue item.
const (
	// StateTTL: a message's status for GET …/Messages/{Sid}.json (holds the
	// recipient's number, so not kept for long; the audit log keeps the
	// delivery history for its own retention).
	StateTTL = 90 * 24 * time.Hour
)

// keepUntil is a wall-clock deadline: Badger expires keys by the system
// clock, whatever clock the server is given for everything else.
func keepUntil(d time.Duration) time.Time { return wallNow().Add(d) }

// wallNow is time.Now; tests move it to make keys expire on write.
var wallNow = time.Now

func putState(b *vault.Batch, st *msgState) error {
	val, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("sms: encode state: %w", err)
	}
	b.PutUntil(vault.KSMessage, stateKey(st.SID), val, keepUntil(StateTTL))
	return nil
}

func putEvent(b *vault.Batch, sid, src string, ev msgEvent) error {
	if statusRank(ev.Status) < 0 {
		return nil
	}
	val, err := json.Marshal(ev)
	if err != nil {
		return fmt.Errorf("sms: encode event: %w", err)
	}
	b.Put(vault.KSMessage, eventKey(sid, src, ev.Status), val) // a replay guard: kept
	return nil
}

// loadState returns a message's state and its current (highest-ranked,
// then latest) event; vault.ErrNotFound when the SID is not an API message.
func loadState(ctx context.Context, v *vault.Vault, sid string) (*msgState, msgEvent, error) {
	var st *msgState
	cur := msgEvent{Status: "queued"}
	curRank := -1
	err := v.Scan(ctx, vault.KSMessage, "sms/"+sid+"/", func(k string, val []byte) error {
		rest := strings.TrimPrefix(k, "sms/"+sid+"/")
		if rest == "a" {
			var s msgState
			if err := json.Unmarshal(val, &s); err != nil {
				return fmt.Errorf("sms: decode state: %w", err)
			}
			st = &s
			return nil
		}
		var ev msgEvent
		if err := json.Unmarshal(val, &ev); err != nil {
			return fmt.Errorf("sms: decode event: %w", err)
		}
		r := statusRank(ev.Status)
		if r > curRank || (r == curRank && ev.Time.After(cur.Time)) {
			cur, curRank = ev, r
		}
		return nil
	})
	if err != nil {
		return nil, cur, err
	}
	if st == nil {
		return nil, cur, vault.ErrNotFound
	}
	return st, cur, nil
}

// errorCode extracts the Twilio error code from a delivery status such as
// "twilio 21211" (0 when there is none).
func errorCode(status string) int {
	if c, ok := strings.CutPrefix(status, "twilio "); ok {
		if n, err := strconv.Atoi(c); err == nil {
			return n
		}
	}
	return 0
}

// Observer records the delivery outcome of outbound SMS in the message
// state, inside the delivery manager's outcome batch, and queues the status
// forward to the caller's StatusCallback. Register it for queue.ChannelSMS.
type Observer struct{ s *Server }

var _ delivery.Observer = Observer{}

// apiItem reports whether it is the queue item of a message accepted
// through the API (or a practice app's reply): the pipeline's notice or
// clean copy, whose message ID names the API message. The portal's codes
// and reminders carry the ID of the message they are about, but are kinds
// of their own and have no API state.
func apiItem(it *queue.Item) bool {
	return it.Channel == queue.ChannelSMS && (it.Kind == queue.KindNotice || it.Kind == queue.KindClean) && validHexID(it.MessageID)
}

// statusRef is what Twilio's status callback for it names (?ps=): the API
// message for API items, else the queue item.
func statusRef(it *queue.Item) string {
	if apiItem(it) {
		return it.MessageID
	}
	return it.ID
}

// Delivered records that Twilio accepted the message. When Twilio will not
// call back (no sms.public_url) the caller hears "sent" from us instead.
func (o Observer) Delivered(b *vault.Batch, it *queue.Item, r delivery.Receipt) error {
	if !apiItem(it) {
		return nil
	}
	sid := sidOf(it.MessageID)
	now := o.s.now().UTC()
	if err := putEvent(b, sid, "px", msgEvent{Status: "sent", Time: now, ProviderSID: r.ProviderID}); err != nil {
		return err
	}
	if it.Callback != "" && o.s.publicURL == "" {
		return o.s.queueCallback(b, it.MessageID, it.Callback, sid, it.To, o.s.senderOf(it), "sent", 0, now)
	}
	return nil
}

// Failed records a final failure (a deferral changes nothing the caller
// sees: the message is still queued) and tells the caller.
func (o Observer) Failed(b *vault.Batch, it *queue.Item, permanent bool, status string) error {
	if !permanent || !apiItem(it) {
		return nil
	}
	sid := sidOf(it.MessageID)
	now := o.s.now().UTC()
	code := errorCode(status)
	if err := putEvent(b, sid, "px", msgEvent{Status: "failed", Time: now, ErrorCode: code}); err != nil {
		return err
	}
	if it.Callback != "" {
		return o.s.queueCallback(b, it.MessageID, it.Callback, sid, it.To, o.s.senderOf(it), "failed", code, now)
	}
	return nil
}

// senderOf is the From a status callback reports for it.
func (s *Server) senderOf(it *queue.Item) string {
	if it.From != "" {
		return it.From
	}
	if s.cfg.SMS.From != "" {
		return s.cfg.SMS.From
	}
	return s.cfg.SMS.MessagingServiceSID
}

// queueCallback adds the forward of one status to the caller's callback URL
// as a durable queue item: the caller's server may be down, and Twilio's
// own callbacks are at-least-once too.
func (s *Server) queueCallback(b *vault.Batch, msgID, callback, sid, to, from, status string, code int, now time.Time) error {
	p := url.Values{}
	p.Set("AccountSid", s.account)
	p.Set("ApiVersion", "2010-04-01")
	p.Set("MessageSid", sid)
	p.Set("SmsSid", sid)
	p.Set("MessageStatus", status)
	p.Set("SmsStatus", status)
	p.Set("To", to)
	if from != "" {
		p.Set("From", from)
	}
	if code != 0 {
		p.Set("ErrorCode", strconv.Itoa(code))
	}
	it := &queue.Item{ID: gateway.NewID(), MessageID: msgID, Channel: ChannelCallback, Kind: kindStatus,
		Callback: callback, Data: []byte(p.Encode()), Created: now, Due: now}
	return queue.Put(b, it)
}
