package vault

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

// runWriters runs b.N operations spread over w goroutines and reports ops/s
// under unit.
func runWriters(b *testing.B, w int, unit string, op func(i int) error) {
	runWritersV(b, nil, w, unit, op)
}

func runWritersV(b *testing.B, v *Vault, w int, unit string, op func(i int) error) {
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for g := 0; g < w; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				if err := op(i); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), unit)
	if v != nil {
		g, n := v.CommitStats()
		b.ReportMetric(float64(n)/float64(g), "batches/fsync")
	}
}

var writerCounts = []int{1, 20, 50}

// BenchmarkSealCommit: Seal of a 10 KB record + Commit (fsync), per writer
// count. Compare with BenchmarkRawBadgerUpdate in the same run.
func BenchmarkSealCommit(b *testing.B) {
	payload := randBytes(10 << 10)
	for _, w := range writerCounts {
		b.Run(fmt.Sprintf("writers=%d", w), func(b *testing.B) {
			v, _, _ := newTestVault(b)
			ctx := context.Background()
			b.SetBytes(int64(len(payload)))
			runWritersV(b, v, w, "records/s", func(i int) error {
				bt := v.NewBatch()
				if err := bt.Seal(fmt.Sprintf("rec-%08d", i), payload, RecordMeta{Kind: "email"}); err != nil {
					return err
				}
				return v.Commit(ctx, bt)
			})
		})
	}
}

// rawBadger opens Badger with the vault's options minus all encryption.
func rawBadger(b *testing.B) *badger.DB {
	o := badgerOptions(b.TempDir(), testKey, quietLogger())
	o.EncryptionKey = nil
	db, err := badger.Open(o)
	if err != nil {
		b.Fatal(err)
	}
	return db
}

// BenchmarkRawBadgerUpdate: the same 10 KB values, one db.Update each with
// SyncWrites, no vault and no encryption at all (same Badger options as the
// vault otherwise).
func BenchmarkRawBadgerUpdate(b *testing.B) {
	payload := randBytes(10 << 10)
	for _, w := range writerCounts {
		b.Run(fmt.Sprintf("writers=%d", w), func(b *testing.B) {
			db := rawBadger(b)
			defer db.Close()
			b.SetBytes(int64(len(payload)))
			runWriters(b, w, "records/s", func(i int) error {
				return db.Update(func(txn *badger.Txn) error {
					return txn.Set([]byte(fmt.Sprintf("rec/rec-%08d", i)), payload)
				})
			})
		})
	}
}

// BenchmarkAuditAppend: one audit event per Commit, durable, from 20 writers.
func BenchmarkAuditAppend(b *testing.B) {
	for _, w := range []int{1, 20} {
		b.Run(fmt.Sprintf("writers=%d", w), func(b *testing.B) {
			v, _, _ := newTestVault(b)
			ctx := context.Background()
			runWritersV(b, v, w, "entries/s", func(i int) error {
				bt := v.NewBatch()
				bt.Audit(audit.Event{Actor: "ip:192.0.2.7", Action: audit.ActDelivered, Channel: "email",
					Objects: []string{fmt.Sprintf("msg:%d", i), fmt.Sprintf("q:%d", i)}, Outcome: "ok", Detail: "250 2.0.0"})
				return v.Commit(ctx, bt)
			})
		})
	}
}

// BenchmarkRawBadgerAuditAppend: the naive alternative, one small Update
// per entry (no chain), for comparison.
func BenchmarkRawBadgerAuditAppend(b *testing.B) {
	db := rawBadger(b)
	defer db.Close()
	val := make([]byte, 300)
	runWriters(b, 20, "entries/s", func(i int) error {
		return db.Update(func(txn *badger.Txn) error { return txn.Set(auditKey(uint64(i)), val) })
	})
}

// BenchmarkAuditVerify verifies a chain of 200,000 entries per op.
func BenchmarkAuditVerify(b *testing.B) {
	const entries = 200_000
	v, _, _ := newTestVault(b)
	ctx := context.Background()
	for done := 0; done < entries; {
		bt := v.NewBatch()
		for j := 0; j < 2000 && done < entries; j++ {
			bt.Audit(audit.Event{Actor: "ip:192.0.2.7", Action: audit.ActDelivered, Channel: "email",
				Objects: []string{fmt.Sprintf("msg:%d", done), fmt.Sprintf("q:%d", done)}, Recipients: []string{"someone@example.test"},
				Categories: []string{"dx"}, Outcome: "ok", Detail: "250 2.0.0"})
			done++
		}
		if err := v.Commit(ctx, bt); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		n, _, err := v.AuditVerify(ctx, nil)
		if err != nil || n != entries {
			b.Fatal(n, err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(entries*b.N)/time.Since(start).Seconds(), "entries/s")
}

// parallel runs n operations over w goroutines and returns the wall time.
func parallel(w, n int, op func(i int) error) (time.Duration, error) {
	var next atomic.Int64
	var wg sync.WaitGroup
	var first atomic.Pointer[error]
	start := time.Now()
	for g := 0; g < w; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n || first.Load() != nil {
					return
				}
				if err := op(i); err != nil {
					first.CompareAndSwap(nil, &err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if e := first.Load(); e != nil {
		return 0, *e
	}
	return time.Since(start), nil
}

// BenchmarkSealVsRaw is BenchmarkSealCommit and BenchmarkRawBadgerUpdate
// interleaved: forty rounds, each writing b.N/40 records through the vault and
// as many raw (alternating which goes first), so that load from other
// processes on a shared machine falls on both alike. vault/raw-% is the
// number to read; one op is one record each way.
func BenchmarkSealVsRaw(b *testing.B) {
	payload := randBytes(10 << 10)
	for _, w := range writerCounts {
		b.Run(fmt.Sprintf("writers=%d", w), func(b *testing.B) {
			v, _, _ := newTestVault(b)
			db := rawBadger(b)
			defer db.Close()
			ctx := context.Background()
			const rounds = 40
			per := max(b.N/rounds, 1)
			vaultOp := func(base int) func(int) error {
				return func(i int) error {
					bt := v.NewBatch()
					if err := bt.Seal(fmt.Sprintf("rec-%08d", base+i), payload, RecordMeta{Kind: "email"}); err != nil {
						return err
					}
					return v.Commit(ctx, bt)
				}
			}
			rawOp := func(base int) func(int) error {
				return func(i int) error {
					return db.Update(func(txn *badger.Txn) error {
						return txn.Set([]byte(fmt.Sprintf("rec/rec-%08d", base+i)), payload)
					})
				}
			}
			var tv, tr time.Duration
			b.ResetTimer()
			for r := 0; r < rounds; r++ {
				ops := []struct {
					op  func(int) error
					sum *time.Duration
				}{{vaultOp(r * per), &tv}, {rawOp(r * per), &tr}}
				if r%2 == 1 {
					ops[0], ops[1] = ops[1], ops[0]
				}
				for _, o := range ops {
					d, err := parallel(w, per, o.op)
					if err != nil {
						b.Fatal(err)
					}
					*o.sum += d
				}
			}
			b.StopTimer()
			n := float64(per * rounds)
			b.ReportMetric(n/tv.Seconds(), "vault-records/s")
			b.ReportMetric(n/tr.Seconds(), "raw-records/s")
			b.ReportMetric(100*tr.Seconds()/tv.Seconds(), "vault/raw-%")
			b.ReportMetric(0, "ns/op")
		})
	}
}
