package vault

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

// failWriter records whether anything was written.
type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

func TestTamperedRecords(t *testing.T) {
	recKey := func(id string) []byte { return []byte(string(KSRecord) + id) }
	dkKey := func(id string) []byte { return []byte(string(KSDataKey) + id) }
	tests := []struct {
		name   string
		size   int
		tamper func(t *testing.T, v *Vault) string // returns the id to open
		want   error
	}{
		{"flipped ciphertext byte", 1000, func(t *testing.T, v *Vault) string {
			m := rawGet(t, v, recKey("a"))
			m[len(m)-20] ^= 1
			rawSet(t, v, recKey("a"), m)
			return "a"
		}, ErrTampered},
		{"ciphertext moved to another id", 1000, func(t *testing.T, v *Vault) string {
			sealOne(t, v, "b", []byte("other"), RecordMeta{Kind: "email"})
			rawSet(t, v, recKey("b"), rawGet(t, v, recKey("a")))
			return "b"
		}, ErrTampered},
		{"record and key moved to another id", 1000, func(t *testing.T, v *Vault) string {
			rawSet(t, v, recKey("c"), rawGet(t, v, recKey("a")))
			rawSet(t, v, dkKey("c"), rawGet(t, v, dkKey("a")))
			return "c"
		}, ErrTampered},
		{"wrapped key changed", 1000, func(t *testing.T, v *Vault) string {
			w := rawGet(t, v, dkKey("a"))
			w[len(w)-1] ^= 1
			rawSet(t, v, dkKey("a"), w)
			return "a"
		}, ErrTampered},
		{"unknown KEK version", 1000, func(t *testing.T, v *Vault) string {
			w := rawGet(t, v, dkKey("a"))
			binary.BigEndian.PutUint32(w[1:], 99)
			rawSet(t, v, dkKey("a"), w)
			return "a"
		}, ErrKeyLost},
		{"wrong KEK version claimed", 1000, func(t *testing.T, v *Vault) string {
			if _, err := v.RotateKEK(context.Background(), "user:t"); err != nil {
				t.Fatal(err)
			}
			w := rawGet(t, v, dkKey("a"))
			binary.BigEndian.PutUint32(w[1:], 2)
			rawSet(t, v, dkKey("a"), w)
			return "a"
		}, ErrTampered},
		{"truncated manifest", 1000, func(t *testing.T, v *Vault) string {
			m := rawGet(t, v, recKey("a"))
			rawSet(t, v, recKey("a"), m[:len(m)-5])
			return "a"
		}, ErrTampered},
		{"metadata changed", 1000, func(t *testing.T, v *Vault) string {
			m := rawGet(t, v, recKey("a"))
			rawSet(t, v, recKey("a"), bytes.Replace(m, []byte(`"email"`), []byte(`"emaik"`), 1))
			return "a"
		}, ErrTampered},
		{"last chunk dropped", 3*ChunkSize + 10, func(t *testing.T, v *Vault) string {
			rawSet(t, v, chunkKey("a", 3), nil)
			return "a"
		}, ErrTampered},
		{"chunks swapped", 3*ChunkSize + 10, func(t *testing.T, v *Vault) string {
			c0, c1 := rawGet(t, v, chunkKey("a", 0)), rawGet(t, v, chunkKey("a", 1))
			rawSet(t, v, chunkKey("a", 0), c1)
			rawSet(t, v, chunkKey("a", 1), c0)
			return "a"
		}, ErrTampered},
		{"truncated to fewer chunks", 3*ChunkSize + 10, func(t *testing.T, v *Vault) string {
			m := rawGet(t, v, recKey("a"))
			man, err := decodeManifest(m)
			if err != nil {
				t.Fatal(err)
			}
			man.chunks, man.size = 3, 3*ChunkSize
			rawSet(t, v, recKey("a"), man.encode())
			return "a"
		}, ErrTampered},
		{"last chunk flipped", 3*ChunkSize + 10, func(t *testing.T, v *Vault) string {
			c := rawGet(t, v, chunkKey("a", 3))
			c[20] ^= 0x80
			rawSet(t, v, chunkKey("a", 3), c)
			return "a"
		}, ErrTampered},
		{"data key deleted", 1000, func(t *testing.T, v *Vault) string {
			rawSet(t, v, dkKey("a"), nil)
			return "a"
		}, ErrShredded},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, _, _ := newTestVault(t)
			sealOne(t, v, "a", randBytes(tc.size), RecordMeta{Kind: "email"})
			id := tc.tamper(t, v)
			pt, _, err := v.OpenRecord(context.Background(), id)
			if !errors.Is(err, tc.want) || pt != nil {
				t.Errorf("OpenRecord: %v (len %d), want %v", err, len(pt), tc.want)
			}
			var w countWriter
			if _, err := v.OpenRecordTo(context.Background(), id, &w); !errors.Is(err, tc.want) || w.n != 0 {
				t.Errorf("OpenRecordTo: %v after writing %d bytes, want %v and nothing written", err, w.n, tc.want)
			}
		})
	}
}

// appendEvents commits n audit events, one per batch.
func appendEvents(t *testing.T, v *Vault, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		b := v.NewBatch()
		b.Audit(audit.Event{Actor: "user:u1", Action: audit.ActDelivered, Objects: []string{fmt.Sprint("q:", i)}, Recipients: []string{"pat@example.test"}})
		mustCommit(t, v, b)
	}
}

func TestAuditVerifyDetects(t *testing.T) {
	type tamperFn func(t *testing.T, v *Vault)
	get := func(t *testing.T, v *Vault, seq uint64) []byte { return rawGet(t, v, auditKey(seq)) }
	set := func(t *testing.T, v *Vault, seq uint64, val []byte) { rawSet(t, v, auditKey(seq), val) }
	tests := []struct {
		name    string
		tamper  tamperFn
		wantSeq uint64
		reason  string
	}{
		{"intact", func(*testing.T, *Vault) {}, 0, ""},
		{"changed", func(t *testing.T, v *Vault) {
			set(t, v, 5, bytes.Replace(get(t, v, 5), []byte("user:u1"), []byte("user:u2"), 1))
		}, 5, "changed"},
		{"changed and rehashed", func(t *testing.T, v *Vault) {
			e, err := audit.Decode(get(t, v, 5))
			if err != nil {
				t.Fatal(err)
			}
			e.Actor = "user:evil"
			var prev [32]byte
			copy(prev[:], e.Prev)
			val, _ := audit.Encode(nil, &e, 5, prev)
			set(t, v, 5, val)
		}, 6, "does not chain"},
		{"removed", func(t *testing.T, v *Vault) { set(t, v, 4, nil) }, 4, "missing"},
		{"removed first", func(t *testing.T, v *Vault) { set(t, v, 1, nil) }, 1, "missing"},
		{"removed last", func(t *testing.T, v *Vault) { set(t, v, 10, nil) }, 10, "missing"},
		{"reordered", func(t *testing.T, v *Vault) {
			a, b := get(t, v, 3), get(t, v, 4)
			set(t, v, 3, b)
			set(t, v, 4, a)
		}, 3, "moved or reordered"},
		{"inserted", func(t *testing.T, v *Vault) {
			// shift 6..10 up by one and insert a forged entry at 6
			for s := uint64(10); s >= 6; s-- {
				e, _ := audit.Decode(get(t, v, s))
				var prev [32]byte
				copy(prev[:], e.Prev)
				val, _ := audit.Encode(nil, &e, s+1, prev)
				set(t, v, s+1, val)
			}
			e5, _ := audit.Decode(get(t, v, 5))
			var h5 [32]byte
			copy(h5[:], e5.Hash)
			forged := audit.Event{Time: e5.Time, Actor: "user:evil", Action: audit.ActDelivered}
			val, _ := audit.Encode(nil, &forged, 6, h5)
			set(t, v, 6, val)
		}, 7, "does not chain"},
		{"corrupted bytes", func(t *testing.T, v *Vault) { set(t, v, 7, []byte("\x00garbage")) }, 7, "unreadable"},
		{"head record removed", func(t *testing.T, v *Vault) { rawSet(t, v, headKey, nil) }, 10, "head record"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, _, _ := newTestVault(t)
			appendEvents(t, v, 10)
			tc.tamper(t, v)
			n, head, err := v.AuditVerify(context.Background(), nil)
			if tc.wantSeq == 0 {
				if err != nil || n != 10 || len(head) != 32 {
					t.Fatalf("intact chain: %d %x %v", n, head, err)
				}
				return
			}
			var ae *AuditError
			if !errors.As(err, &ae) || !errors.Is(err, ErrAuditBroken) {
				t.Fatalf("got %v, want *AuditError", err)
			}
			if ae.Seq != tc.wantSeq || !strings.Contains(ae.Error(), tc.reason) {
				t.Errorf("got %q (seq %d), want seq %d mentioning %q", ae.Error(), ae.Seq, tc.wantSeq, tc.reason)
			}
		})
	}
}

func TestAuditExportAndCanonicalEncoding(t *testing.T) {
	v, _, clk := newTestVault(t)
	ctx := context.Background()
	for i := 0; i < 5; i++ {
		b := v.NewBatch()
		b.Audit(audit.Event{Time: clk.Now(), Actor: "ip:10.0.0.1", Action: audit.ActAccepted, Detail: "quote \" backslash \\ ctl \x01 bad \xff",
			Categories: []string{"dx", "name"}})
		mustCommit(t, v, b)
		clk.Add(time.Hour)
	}
	var got []audit.Event
	start := newClock().Now()
	err := v.AuditExport(ctx, start.Add(time.Hour), start.Add(3*time.Hour), func(e audit.Event) error {
		got = append(got, e)
		return nil
	})
	if err != nil || len(got) != 2 || got[0].Seq != 2 || got[1].Seq != 3 {
		t.Fatalf("export: %v %+v", err, got)
	}
	if got[0].Detail != "quote \" backslash \\ ctl \x01 bad \uFFFD" {
		t.Errorf("detail round trip: %q", got[0].Detail)
	}
	var raw [][]byte
	_ = v.AuditExportRaw(ctx, time.Time{}, time.Time{}, func(_ uint64, r []byte) error {
		raw = append(raw, append([]byte(nil), r...))
		return nil
	})
	if len(raw) != 5 || !bytes.HasPrefix(raw[0], []byte(`{"seq":1,"time":"2026-03-01T12:00:00.000000000Z","actor":"ip:10.0.0.1","action":"accepted","categories":["dx","name"],"detail":"quote \" backslash \\ ctl \u0001 bad `)) {
		t.Errorf("canonical encoding: %s", raw[0])
	}
}

func TestRotateRewrapList(t *testing.T) {
	v, dir, clk := newTestVault(t)
	ctx := context.Background()
	b := v.NewBatch()
	for i := 0; i < 300; i++ {
		if err := b.Seal(fmt.Sprint("r", i), []byte(fmt.Sprint("plain ", i)), RecordMeta{Kind: "sms"}); err != nil {
			t.Fatal(err)
		}
	}
	mustCommit(t, v, b)
	ver, err := v.RotateKEK(ctx, "user:admin")
	if err != nil || ver != 2 {
		t.Fatalf("rotate: %d %v", ver, err)
	}
	for i := 300; i < 310; i++ {
		sealOne(t, v, fmt.Sprint("r", i), []byte(fmt.Sprint("plain ", i)), RecordMeta{Kind: "sms"})
	}
	ks, err := v.ListKeys(ctx)
	if err != nil || len(ks) != 2 || ks[0].Records != 300 || ks[1].Records != 10 || !ks[1].Active || ks[0].Active {
		t.Fatalf("list: %+v %v", ks, err)
	}
	var last [2]int
	n, err := v.Rewrap(ctx, "user:admin", func(done, total int) { last = [2]int{done, total} })
	if err != nil || n != 300 || last != [2]int{300, 300} {
		t.Fatalf("rewrap: %d %v %v", n, err, last)
	}
	if n, err := v.Rewrap(ctx, "user:admin", nil); err != nil || n != 0 {
		t.Errorf("second rewrap: %d %v", n, err)
	}
	v.Close()
	v = openTest(t, dir, clk)
	defer v.Close()
	ks, _ = v.ListKeys(ctx)
	if ks[0].Records != 0 || ks[1].Records != 310 {
		t.Errorf("after rewrap: %+v", ks)
	}
	for i := 0; i < 310; i++ {
		pt, _, err := v.OpenRecord(ctx, fmt.Sprint("r", i))
		if err != nil || string(pt) != fmt.Sprint("plain ", i) {
			t.Fatalf("open r%d: %v", i, err)
		}
	}
	if n, _, err := v.AuditVerify(ctx, nil); err != nil || n != 2 { // rotated, rewrapped
		t.Errorf("audit: %d %v", n, err)
	}
}

func TestWrongMasterKey(t *testing.T) {
	dir := t.TempDir()
	clk := newClock()
	v := openTest(t, dir, clk)
	v.Close()
	o := testOpts(dir, clk)
	o.MasterKey = bytes.Repeat([]byte{8}, 32)
	if _, err := Open(context.Background(), o); !errors.Is(err, ErrWrongMasterKey) {
		t.Errorf("wrong key: %v", err)
	}
}

// rewriteChain re-encodes entries from..last with a changed actor, chains
// them properly and moves the head record: what someone holding the master
// key could do. AuditVerify alone cannot see it.
func rewriteChain(t *testing.T, v *Vault, from, last uint64) {
	t.Helper()
	var prev [32]byte
	if from > 1 {
		l, err := audit.ParseLink(rawGet(t, v, auditKey(from-1)))
		if err != nil {
			t.Fatal(err)
		}
		prev = l.Computed
	}
	for s := from; s <= last; s++ {
		e, err := audit.Decode(rawGet(t, v, auditKey(s)))
		if err != nil {
			t.Fatal(err)
		}
		e.Actor = "user:someone-else"
		val, h := audit.Encode(nil, &e, s, prev)
		rawSet(t, v, auditKey(s), val)
		prev = h
	}
	for s := last + 1; ; s++ {
		if err := v.s.db.View(func(txn *badger.Txn) error { _, err := txn.Get(auditKey(s)); return err }); err != nil {
			break
		}
		rawSet(t, v, auditKey(s), nil)
	}
	rawSet(t, v, headKey, encodeHead(last, prev))
}

func TestAuditCheckpoint(t *testing.T) {
	tests := []struct {
		name    string
		tamper  func(t *testing.T, v *Vault)
		wantSeq uint64 // 0: the checkpoint holds
		reason  string
	}{
		{"intact", func(*testing.T, *Vault) {}, 0, ""},
		{"extended since", func(t *testing.T, v *Vault) { appendEvents(t, v, 3) }, 0, ""},
		{"rewritten before the checkpoint", func(t *testing.T, v *Vault) { rewriteChain(t, v, 3, 10) }, 6, "does not match the kept checkpoint"},
		{"rewritten after the checkpoint", func(t *testing.T, v *Vault) { rewriteChain(t, v, 7, 10) }, 0, ""},
		{"truncated before the checkpoint", func(t *testing.T, v *Vault) { rewriteChain(t, v, 1, 4) }, 5, "chain ends at entry 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, _, _ := newTestVault(t)
			ctx := context.Background()
			appendEvents(t, v, 6)
			n, head, err := v.AuditVerify(ctx, nil)
			if err != nil || n != 6 {
				t.Fatal(n, err)
			}
			appendEvents(t, v, 4)
			tc.tamper(t, v)
			if _, _, err := v.AuditVerify(ctx, nil); err != nil {
				t.Fatalf("the rewrite should pass a plain verify: %v", err)
			}
			err = v.AuditCheckpoint(ctx, 6, head)
			if tc.wantSeq == 0 {
				if err != nil {
					t.Fatalf("checkpoint: %v", err)
				}
				return
			}
			var ae *AuditError
			if !errors.As(err, &ae) || ae.Seq != tc.wantSeq || !strings.Contains(ae.Reason, tc.reason) {
				t.Errorf("checkpoint: %v, want entry %d and %q", err, tc.wantSeq, tc.reason)
			}
		})
	}
	t.Run("pruned", func(t *testing.T) {
		v, _, clk := newTestVault(t)
		ctx := context.Background()
		appendEvents(t, v, 6)
		_, head6, _ := v.AuditVerify(ctx, nil)
		appendEvents(t, v, 2)
		_, head8, _ := v.AuditVerify(ctx, nil)
		clk.Add(400 * 24 * time.Hour)
		appendEvents(t, v, 1)
		if st, err := v.Sweep(ctx, clk.Now()); err != nil || st.AuditPruned != 8 {
			t.Fatalf("prune: %+v %v", st, err)
		}
		if err := v.AuditCheckpoint(ctx, 6, head6); !errors.Is(err, ErrCheckpointPruned) {
			t.Errorf("checkpoint older than the anchor: %v", err)
		}
		if err := v.AuditCheckpoint(ctx, 8, head8); err != nil {
			t.Errorf("checkpoint at the anchor: %v", err)
		}
		if err := v.AuditCheckpoint(ctx, 8, head6); !errors.Is(err, ErrAuditBroken) {
			t.Errorf("wrong hash at the anchor: %v", err)
		}
	})
}
