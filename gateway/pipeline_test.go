package gateway_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/phigate/phigate/filters"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/vault"
	"github.com/phigate/phigate/vault/audit"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

func TestPolicyDecide(t *testing.T) {
	v := func(cats ...string) filters.Verdict {
		return filters.Verdict{PHI: len(cats) > 0, Categories: cats}
	}
	tests := []struct {
		name   string
		policy gateway.Policy
		in     filters.Verdict
		want   gateway.Action
	}{
		{"clean passes", gateway.Policy{"default": "rewrite"}, v(), gateway.ActPass},
		{"default rewrite", gateway.Policy{"default": "rewrite"}, v("procedure"), gateway.ActRewrite},
		{"empty policy rewrites", gateway.Policy{}, v("procedure"), gateway.ActRewrite},
		{"category pass", gateway.Policy{"default": "rewrite", "image": "pass"}, v("image"), gateway.ActPass},
		{"strictest wins", gateway.Policy{"image": "pass", "ssn": "reject"}, v("image", "ssn"), gateway.ActReject},
		{"rewrite over pass", gateway.Policy{"image": "pass", "default": "rewrite"}, v("image", "procedure"), gateway.ActRewrite},
		{"unparsable never passes", gateway.Policy{"default": "pass"}, v("unparsable"), gateway.ActRewrite},
		{"unparsable may reject", gateway.Policy{"unparsable": "reject"}, v("unparsable"), gateway.ActReject},
		{"unreadable script rewrites by default", gateway.Policy{"default": "rewrite"}, v("unreadable"), gateway.ActRewrite},
		{"a practice may pass unreadable scripts", gateway.Policy{"default": "rewrite", "unreadable": "pass"}, v("unreadable"), gateway.ActPass},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.policy.Decide(tc.in); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// stubRenderer stands in for a channel: it is the channel's own code that
// gateway does not own, not storage, so a stub is right here.
type stubRenderer struct{}

func (stubRenderer) Notice(m *gateway.Message, rcpt string, n gateway.Notice) (*queue.Item, error) {
	return &queue.Item{Data: []byte("notice " + n.URL)}, nil
}
func (stubRenderer) Clean(m *gateway.Message, rcpt string) (*queue.Item, error) {
	return &queue.Item{Data: m.Raw}, nil
}

func newPipeline(t testing.TB) (*gateway.Pipeline, *vault.Vault) {
	t.Helper()
	v, err := vault.Open(context.Background(), vault.Options{Dir: t.TempDir(), MasterKey: bytes.Repeat([]byte{1}, 32)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	sc, err := filters.New(filters.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := &gateway.Pipeline{Vault: v, Policy: gateway.Policy{"default": "rewrite"}, BaseURL: "https://p.test", LinkTTL: time.Hour}
	p.SetScanner(sc)
	return p, v
}

func TestAcceptCommitsEverythingTogether(t *testing.T) {
	p, v := newPipeline(t)
	ctx := context.Background()
	m := &gateway.Message{Channel: queue.ChannelEmail, Actor: "user:1", From: "a@p.test",
		Recipients: []string{"x@q.test", "y@q.test"}, Raw: []byte("Subject: botox\r\n\r\nbotox"),
		Content: &filters.Content{Subject: "botox", Text: []string{"botox"}}}
	res, err := p.Accept(ctx, m, stubRenderer{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Action != gateway.ActRewrite || len(res.Items) != 2 || len(res.LinkIDs) != 2 {
		t.Fatalf("result %+v", res)
	}
	items, err := queue.Due(ctx, v, time.Now().Add(time.Minute), 10)
	if err != nil || len(items) != 2 {
		t.Fatalf("queue: %v %d", err, len(items))
	}
	for _, it := range items {
		if it.MessageID != m.ID || it.Kind != queue.KindNotice || it.From != "a@p.test" {
			t.Errorf("item not filled: %+v", it)
		}
		tok := string(it.Data[len("notice https://p.test/s/"):])
		if l, err := links.Lookup(ctx, v, tok); err != nil || l.RecordID != res.RecordID {
			t.Errorf("link for %s: %v", it.To, err)
		}
	}
	orig, meta, err := v.OpenRecord(ctx, res.RecordID)
	if err != nil || !bytes.Equal(orig, m.Raw) || meta.Kind != queue.ChannelEmail {
		t.Errorf("sealed record: %v", err)
	}
	var events []string
	v.Scan(ctx, vault.KSAudit, "", func(_ string, val []byte) error {
		events = append(events, string(val))
		return nil
	})
	if len(events) != 1 || !bytes.Contains([]byte(events[0]), []byte(audit.ActRewritten)) {
		t.Errorf("audit: %v", events)
	}
}

func TestAcceptRejectAndClean(t *testing.T) {
	p, v := newPipeline(t)
	ctx := context.Background()
	p.Policy = gateway.Policy{"default": "reject"}
	m := &gateway.Message{Channel: queue.ChannelEmail, Recipients: []string{"x@q.test"},
		Content: &filters.Content{Text: []string{"botox"}}}
	if _, err := p.Accept(ctx, m, stubRenderer{}); !errors.Is(err, gateway.ErrRejected) {
		t.Fatalf("want ErrRejected, got %v", err)
	}
	clean := &gateway.Message{Channel: queue.ChannelEmail, Recipients: []string{"x@q.test"}, Raw: []byte("hi"),
		Content: &filters.Content{Text: []string{"see you friday"}}}
	res, err := p.Accept(ctx, clean, stubRenderer{})
	if err != nil || res.Action != gateway.ActPass || res.RecordID != "" {
		t.Fatalf("clean: %v %+v", err, res)
	}
	items, _ := queue.Due(ctx, v, time.Now().Add(time.Minute), 10)
	if len(items) != 1 || string(items[0].Data) != "hi" || items[0].Kind != queue.KindClean {
		t.Fatalf("clean queue: %+v", items)
	}
	if _, err := p.Accept(ctx, &gateway.Message{}, stubRenderer{}); err == nil {
		t.Error("a message without recipients was accepted")
	}
	missing := &gateway.Message{Channel: queue.ChannelEmail, Recipients: []string{"x@q.test"}, Raw: []byte("x")}
	p.Policy = gateway.Policy{"default": "pass"}
	if res, err := p.Accept(ctx, missing, stubRenderer{}); err != nil || res.Action != gateway.ActRewrite {
		t.Errorf("message without content must fail closed: %v %+v", err, res)
	}
}

// BenchmarkAccept measures scan + seal + durable group commit of a 10 KB
// message with one recipient, from parallel sessions.
func BenchmarkAccept(b *testing.B) {
	p, _ := newPipeline(b)
	body := bytes.Repeat([]byte("Your botox follow-up is on Thursday. "), 10240/37)
	b.SetBytes(int64(len(body)))
	b.SetParallelism(10) // 10 × GOMAXPROCS sessions
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			i++
			m := &gateway.Message{Channel: queue.ChannelEmail, From: "a@p.test",
				Recipients: []string{fmt.Sprintf("r%d@q.test", i)}, Raw: body,
				Content: &filters.Content{Text: []string{string(body)}}}
			if _, err := p.Accept(context.Background(), m, stubRenderer{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
