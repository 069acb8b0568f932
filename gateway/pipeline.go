// Package gateway is phigate's channel-neutral pipeline: a Message comes in
// from a channel (SMTP, SMS), is scanned, and leaves as one durable commit —
// the sealed original, one link per recipient, one queue item per outbound
// message, and the audit event — before the channel acknowledges it.
package gateway

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// Message is one accepted inbound message, channel-neutral.
type Message struct {
	ID         string // assigned by Accept when empty
	Channel    string // queue.ChannelEmail | queue.ChannelSMS
	Actor      string // user:<id> | ip:<addr> | apikey:<id>
	From       string // envelope sender (email) or sender number (SMS)
	Recipients []string
	// Raw is what is sealed when PHI is found: the RFC 5322 message for
	// email, a MIME rendering for SMS.
	Raw      []byte
	Content  *filters.Content
	Received time.Time
	Callback string // SMS StatusCallback, carried to queue items
	// Also adds a channel's own writes (e.g. SMS message state) to the
	// message's commit when it is accepted (rewritten or passed), knowing
	// what Accept decided; may be nil.
	Also func(b *vault.Batch, res *Result) error
}

// Notice is what a Renderer needs to write a neutral notice.
type Notice struct {
	URL     string
	Expires time.Time
	LinkID  string
}

// Renderer writes a channel's outbound messages. Notices must carry no PHI.
type Renderer interface {
	// Notice renders the neutral notice for one recipient.
	Notice(m *Message, rcpt string, n Notice) (*queue.Item, error)
	// Clean renders the PHI-free original (pass-through). It is called once
	// per message, with the first recipient; every recipient's queue item
	// shares the Data it returns.
	Clean(m *Message, rcpt string) (*queue.Item, error)
}

// MaxInlineData is the largest outbound message kept inside its queue
// items. A larger one is sealed once as a payload record that its items
// reference, so a Badger transaction (a few MB) never has to carry it.
const MaxInlineData = 256 << 10

// Scanner is what the pipeline needs of filters.
type Scanner interface {
	Scan(c *filters.Content) filters.Verdict
}

// Action is what policy decides for a verdict.
type Action int

const (
	ActPass Action = iota
	ActRewrite
	ActReject
)

func (a Action) String() string {
	return [...]string{"pass", "rewrite", "reject"}[a]
}

// Policy maps finding categories to actions; "default" covers the rest.
type Policy map[string]string

// Decide returns the strictest action over the verdict's categories. An
// unparsable message is always rewritten: we fail closed.
func (p Policy) Decide(v filters.Verdict) Action {
	if !v.PHI {
		return ActPass
	}
	act := ActPass
	for _, c := range v.Categories {
		a := p[c]
		if a == "" {
			a = p["default"]
		}
		var got Action
		switch a {
		case "pass":
			got = ActPass
		case "reject":
			got = ActReject
		default:
			got = ActRewrite
		}
		if c == "unparsable" && got == ActPass {
			got = ActRewrite
		}
		if got > act {
			act = got
		}
	}
	return act
}

// Pipeline turns accepted messages into durable commits.
type Pipeline struct {
	Vault   *vault.Vault
	Policy  Policy
	BaseURL string // portal.base_url, no trailing slash
	LinkTTL time.Duration
	Log     *slog.Logger
	Now     func() time.Time
	// Queued announces the items of each commit to the delivery
	// scheduler; Kick (without saying which) is used when it is nil. Both
	// may be nil.
	Queued func(items []*queue.Item)
	Kick   func()
	// PayloadTTL bounds how long a shared payload record is kept if its
	// queue items never finish (delivery.max_lifetime); default 5 days.
	PayloadTTL time.Duration

	scanner atomic.Pointer[scannerBox]
}

// scannerBox pairs a scanner with the policy it was loaded with, so a
// reload swaps both at once and a message never sees one without the other.
type scannerBox struct {
	s Scanner
	p Policy // nil: use Pipeline.Policy
}

// SetScanner installs s; safe while traffic flows.
func (p *Pipeline) SetScanner(s Scanner) { p.scanner.Store(&scannerBox{s: s}) }

// Reload installs a new scanner and policy together (SIGHUP); messages
// being scanned finish on the old pair.
func (p *Pipeline) Reload(s Scanner, pol Policy) { p.scanner.Store(&scannerBox{s: s, p: pol}) }

// Scanner returns the current scanner.
func (p *Pipeline) Scanner() Scanner {
	if b := p.scanner.Load(); b != nil {
		return b.s
	}
	return nil
}

func (p *Pipeline) current() (Scanner, Policy) {
	b := p.scanner.Load()
	if b == nil {
		return nil, p.Policy
	}
	if b.p != nil {
		return b.s, b.p
	}
	return b.s, p.Policy
}

// Errors channels map to replies.
var (
	// ErrRejected: policy refuses the message (SMTP 550 5.7.1).
	ErrRejected = errors.New("gateway: rejected by policy")
	// ErrTemporary: storage could not commit; the client should retry
	// (SMTP 452 4.3.1, HTTP 503).
	ErrTemporary = errors.New("gateway: temporary failure")
)

// Result is what Accept did.
type Result struct {
	MessageID string
	Verdict   filters.Verdict
	Action    Action
	RecordID  string
	Items     []*queue.Item
	// LinkIDs are per recipient, in Recipients order, when rewritten.
	LinkIDs []string
}

// NewID returns a random 128-bit identifier, hex.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now().UTC()
	}
	return time.Now().UTC()
}

// Accept scans m and commits everything it implies in one durable
// transaction. Only when Accept returns nil may the channel acknowledge.
func (p *Pipeline) Accept(ctx context.Context, m *Message, r Renderer) (*Result, error) {
	if len(m.Recipients) == 0 {
		return nil, errors.New("gateway: no recipients")
	}
	if m.ID == "" {
		m.ID = NewID()
	}
	now := p.now()
	if m.Received.IsZero() {
		m.Received = now
	}
	sc, policy := p.current()
	if sc == nil {
		return nil, fmt.Errorf("%w: no scanner loaded", ErrTemporary)
	}
	c := m.Content
	if c == nil {
		c = &filters.Content{Unparsable: true}
	}
	res := &Result{MessageID: m.ID, Verdict: sc.Scan(c)}
	res.Action = policy.Decide(res.Verdict)
	cats := append([]string(nil), res.Verdict.Categories...)
	sort.Strings(cats)

	b := p.Vault.NewBatch()
	ev := audit.Event{Time: now, Actor: m.Actor, Channel: m.Channel,
		Objects: []string{"msg:" + m.ID}, Recipients: m.Recipients, Categories: cats}

	switch res.Action {
	case ActReject:
		ev.Action, ev.Outcome = audit.ActRejected, "perm"
		b.Audit(ev)
		if err := p.Vault.Commit(ctx, b); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrTemporary, err)
		}
		return res, ErrRejected

	case ActRewrite:
		res.RecordID = m.ID
		expires := now.Add(p.LinkTTL)
		if err := b.Seal(res.RecordID, m.Raw, vault.RecordMeta{
			Kind: m.Channel, Created: now, Expires: expires, Size: int64(len(m.Raw)),
		}); err != nil {
			return nil, fmt.Errorf("%w: seal: %w", ErrTemporary, err)
		}
		tokenBytes := links.EmailTokenBytes
		if m.Channel == queue.ChannelSMS {
			tokenBytes = links.SMSTokenBytes
		}
		for _, rcpt := range m.Recipients {
			tok, l, err := links.Issue(res.RecordID, m.ID, rcpt, m.Channel, tokenBytes, now, p.LinkTTL)
			if err != nil {
				return nil, fmt.Errorf("%w: %w", ErrTemporary, err)
			}
			if err := links.Put(b, l); err != nil {
				return nil, err
			}
			it, err := r.Notice(m, rcpt, Notice{URL: strings.TrimSuffix(p.BaseURL, "/") + "/s/" + tok, Expires: l.Expires, LinkID: l.ID})
			if err != nil {
				return nil, fmt.Errorf("gateway: render notice: %w", err)
			}
			p.fill(it, m, queue.KindNotice, rcpt, now)
			if err := queue.Put(b, it); err != nil {
				return nil, err
			}
			res.Items = append(res.Items, it)
			res.LinkIDs = append(res.LinkIDs, l.ID)
			ev.Objects = append(ev.Objects, "lnk:"+l.ID, "q:"+it.ID)
		}
		ev.Objects = append(ev.Objects, "rec:"+res.RecordID)
		ev.Action, ev.Outcome = audit.ActRewritten, "ok"

	default:
		proto, err := r.Clean(m, m.Recipients[0])
		if err != nil {
			return nil, fmt.Errorf("gateway: render clean: %w", err)
		}
		if len(proto.Data) > MaxInlineData {
			ttl := p.PayloadTTL
			if ttl <= 0 {
				ttl = 5 * 24 * time.Hour
			}
			proto.Payload = "pl-" + m.ID
			if err := b.Seal(proto.Payload, proto.Data, vault.RecordMeta{
				Kind: queue.PayloadRecordKind, Created: now, Expires: now.Add(ttl), Size: int64(len(proto.Data)),
			}); err != nil {
				return nil, fmt.Errorf("%w: seal payload: %w", ErrTemporary, err)
			}
			proto.Data = nil
			ev.Objects = append(ev.Objects, "rec:"+proto.Payload)
		}
		for _, rcpt := range m.Recipients {
			it := *proto
			it.ID = ""
			p.fill(&it, m, queue.KindClean, rcpt, now)
			if it.Payload != "" {
				queue.PutPayloadRef(b, it.Payload, it.ID)
			}
			if err := queue.Put(b, &it); err != nil {
				return nil, err
			}
			res.Items = append(res.Items, &it)
			ev.Objects = append(ev.Objects, "q:"+it.ID)
		}
		ev.Action, ev.Outcome = audit.ActPassed, "ok"
	}
	if m.Also != nil {
		if err := m.Also(b, res); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrTemporary, err)
		}
	}
	b.Audit(ev)
	if err := p.Vault.Commit(ctx, b); err != nil {
		return nil, fmt.Errorf("%w: commit: %w", ErrTemporary, err)
	}
	switch {
	case p.Queued != nil:
		p.Queued(res.Items)
	case p.Kick != nil:
		p.Kick()
	}
	return res, nil
}

// fill sets the fields every queue item gets from its message.
func (p *Pipeline) fill(it *queue.Item, m *Message, kind, rcpt string, now time.Time) {
	if it.ID == "" {
		it.ID = NewID()
	}
	it.MessageID = m.ID
	if it.Channel == "" {
		it.Channel = m.Channel
	}
	if it.Kind == "" {
		it.Kind = kind
	}
	it.To = rcpt
	if it.From == "" {
		it.From = m.From
	}
	if it.Callback == "" {
		it.Callback = m.Callback
	}
	it.Created, it.Due = now, now
}
