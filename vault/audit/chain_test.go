package audit

import (
	"bytes"
	"errors"
	"testing"
	"time"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	tests := []Event{
		{Time: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC), Actor: "system", Action: ActAccepted},
		{Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("x", 3600)), Actor: "ip:192.0.2.1", Action: ActRewritten, Channel: "email",
			Objects: []string{"msg:1", "rec:1"}, Recipients: []string{"a@b.test"}, Categories: []string{"dx"}, Outcome: "ok", Detail: "\"\\\x00\x1f\u2028é"},
		{Actor: "bad \xff utf8", Action: ActDelivered},
	}
	var prev [HashSize]byte
	for i, e := range tests {
		val, h := Encode(nil, &e, uint64(i+1), prev)
		got, err := Decode(val)
		if err != nil {
			t.Fatalf("%d: %v\n%s", i, err, val)
		}
		if got.Seq != uint64(i+1) || !bytes.Equal(got.Hash, h[:]) || !bytes.Equal(got.Prev, prev[:]) || !got.Time.Equal(e.Time) || got.Detail != e.Detail || got.Actor != e.Actor {
			t.Errorf("%d: round trip %+v != %+v", i, got, e)
		}
		l, err := ParseLink(val)
		if err != nil || l.Hash != h || l.Computed != h || l.Prev != prev {
			t.Errorf("%d: link %v", i, err)
		}
		prev = h
	}
}

func TestDecodeRejects(t *testing.T) {
	e := Event{Time: time.Unix(0, 0), Actor: "system", Action: ActAccepted}
	val, _ := Encode(nil, &e, 1, Genesis)
	bad := map[string][]byte{
		"empty":         nil,
		"changed":       bytes.Replace(val, []byte("system"), []byte("systen"), 1),
		"non-canonical": bytes.Replace(val, []byte(`"system"`), []byte(`"\u0073ystem"`), 1),
		"leading zero":  bytes.Replace(val, []byte(`"seq":1`), []byte(`"seq":01`), 1),
		"truncated":     val[:len(val)-3],
	}
	for name, b := range bad {
		if _, err := Decode(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzDecode: Decode never panics, and whatever it accepts re-encodes to
// the same bytes with a matching hash.
func FuzzDecode(f *testing.F) {
	e := Event{Time: time.Unix(1700000000, 5), Actor: "ip:1", Action: ActRewritten, Objects: []string{"a", "b"}, Detail: "x\"y"}
	val, _ := Encode(nil, &e, 42, Genesis)
	f.Add(val)
	f.Add([]byte(`{"seq":1}`))
	f.Add([]byte(`{"seq":1,"time":"2026-01-01T00:00:00.000000000Z","actor":"a","action":"b","prev":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","hash":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = ParseLink(b)
		_, _ = EntryTime(b)
		got, err := Decode(b)
		if err != nil {
			return
		}
		var prev [HashSize]byte
		copy(prev[:], got.Prev)
		re, h := Encode(nil, &got, got.Seq, prev)
		if !bytes.Equal(re, b) || !bytes.Equal(h[:], got.Hash) {
			t.Fatalf("accepted non-canonical entry %q", b)
		}
	})
}
