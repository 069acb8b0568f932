package vault

// Sealed records.
//
// A record is a manifest under rec/<id>, its wrapped data key under
// key/<id> (see keys.go), and for records larger than one chunk the chunks
// under chk/<id>\x00<index>. Each chunk is AES-256-GCM under the record's
// own data key with a fresh random nonce; its associated data binds the
// record ID, the chunk index, whether it is the final chunk and the SHA-256
// of the record's metadata, so a chunk moved to another record or position,
// a dropped final chunk, or changed metadata fails authentication.
//
// Manifest (big-endian):
//
//	"PGR1" | chunkSize u32 | chunks u32 | size u64 | metaLen u32 | meta (JSON)
//	| inlineLen u32 | inline ciphertext (the only chunk, when chunks == 1)
//
// Chunk ciphertext: nonce (12) | GCM ciphertext and tag.
//
// Records of more than one chunk are written ahead of the batch in their
// own transactions (a 30 MB message does not fit one Badger transaction),
// with a pending marker that the batch's commit removes; chunks whose
// manifest never commits are swept as orphans.

import (
	"context"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/phigate/phigate/vault/audit"
)

// ChunkSize is the plaintext size of one chunk of a sealed record.
const ChunkSize = 1 << 20

const (
	manifestMagic = "PGR1"
	nonceSize     = 12
	tagSize       = 16
	maxIDLen      = 512
	// maxChunks bounds a manifest's claim (64 GiB at 1 MiB chunks).
	maxChunks = 1 << 16
)

// ErrBadID reports a record ID the vault cannot store.
var ErrBadID = errors.New("vault: invalid record id")

func checkID(id string) error {
	if id == "" || len(id) > maxIDLen || strings.ContainsRune(id, 0) {
		return fmt.Errorf("%w %q", ErrBadID, id)
	}
	return nil
}

func chunkKey(id string, idx uint32) []byte {
	k := make([]byte, 0, len(KSChunk)+len(id)+5)
	k = append(k, KSChunk...)
	k = append(k, id...)
	k = append(k, 0)
	return binary.BigEndian.AppendUint32(k, idx)
}

func chunkAD(id string, idx uint32, final bool, metaHash []byte) []byte {
	ad := make([]byte, 0, 24+len(id)+40)
	ad = append(ad, "phigate/chunk/v1\x00"...)
	ad = binary.BigEndian.AppendUint32(ad, uint32(len(id)))
	ad = append(ad, id...)
	ad = binary.BigEndian.AppendUint32(ad, idx)
	if final {
		ad = append(ad, 1)
	} else {
		ad = append(ad, 0)
	}
	return append(ad, metaHash...)
}

// expiryKey indexes a record by the time its retention starts.
func expiryKey(t time.Time, id string) []byte {
	n := t.UnixNano()
	if n < 0 {
		n = 0
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(n))
	return []byte(string(KSExpiry) + hex.EncodeToString(b[:]) + "/" + id)
}

// retentionStart is when a record's retention clock starts.
func retentionStart(m RecordMeta) time.Time {
	if !m.Expires.IsZero() {
		return m.Expires
	}
	return m.Created
}

type manifest struct {
	chunkSize uint32
	chunks    uint32
	size      uint64
	meta      []byte
	inline    []byte
}

func (m *manifest) encode() []byte {
	out := make([]byte, 0, 4+4+4+8+4+len(m.meta)+4+len(m.inline))
	out = append(out, manifestMagic...)
	out = binary.BigEndian.AppendUint32(out, m.chunkSize)
	out = binary.BigEndian.AppendUint32(out, m.chunks)
	out = binary.BigEndian.AppendUint64(out, m.size)
	out = binary.BigEndian.AppendUint32(out, uint32(len(m.meta)))
	out = append(out, m.meta...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(m.inline)))
	return append(out, m.inline...)
}

// errManifest is the one error of decodeManifest.
var errManifest = fmt.Errorf("vault: record manifest is malformed: %w", ErrTampered)

// decodeManifest parses a manifest strictly. The returned slices alias b.
func decodeManifest(b []byte) (*manifest, error) {
	if len(b) < 4+4+4+8+4+4 || string(b[:4]) != manifestMagic {
		return nil, errManifest
	}
	m := &manifest{
		chunkSize: binary.BigEndian.Uint32(b[4:]),
		chunks:    binary.BigEndian.Uint32(b[8:]),
		size:      binary.BigEndian.Uint64(b[12:]),
	}
	rest := b[20:]
	ml := binary.BigEndian.Uint32(rest)
	rest = rest[4:]
	if uint64(ml) > uint64(len(rest)) {
		return nil, errManifest
	}
	m.meta, rest = rest[:ml], rest[ml:]
	if len(rest) < 4 {
		return nil, errManifest
	}
	il := binary.BigEndian.Uint32(rest)
	rest = rest[4:]
	if uint64(il) != uint64(len(rest)) {
		return nil, errManifest
	}
	m.inline = rest
	switch {
	case m.chunkSize == 0 || m.chunkSize > 64<<20,
		m.chunks == 0 || m.chunks > maxChunks,
		m.size > uint64(m.chunks)*uint64(m.chunkSize),
		m.chunks > 1 && m.size <= uint64(m.chunks-1)*uint64(m.chunkSize),
		m.chunks == 1 && uint64(len(m.inline)) != m.size+nonceSize+tagSize,
		m.chunks > 1 && len(m.inline) != 0:
		return nil, errManifest
	}
	return m, nil
}

// chunkLen is the plaintext length of chunk idx.
func (m *manifest) chunkLen(idx uint32) int {
	if idx+1 < m.chunks {
		return int(m.chunkSize)
	}
	return int(m.size - uint64(m.chunks-1)*uint64(m.chunkSize))
}

// chunkSource yields a record's plaintext chunk by chunk; final reports the
// last one. A chunk is valid until the next call.
type chunkSource func() (chunk []byte, final bool, err error)

func bytesSource(pt []byte) chunkSource {
	return func() ([]byte, bool, error) {
		n := min(len(pt), ChunkSize)
		c := pt[:n]
		pt = pt[n:]
		return c, len(pt) == 0, nil
	}
}

// readerSource reads ChunkSize+1 bytes ahead so it knows which chunk is last.
func readerSource(r io.Reader) chunkSource {
	var cur, next []byte
	var haveCarry bool
	var carry byte
	return func() ([]byte, bool, error) {
		if next == nil {
			cur, next = make([]byte, ChunkSize+1), make([]byte, ChunkSize+1)
		} else {
			cur, next = next, cur
		}
		off := 0
		if haveCarry {
			cur[0] = carry
			off = 1
		}
		n, err := io.ReadFull(r, cur[off:])
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			return nil, false, err
		}
		n += off
		if n <= ChunkSize {
			return cur[:n], true, nil
		}
		haveCarry, carry = true, cur[ChunkSize]
		return cur[:ChunkSize], false, nil
	}
}

// seal encrypts the record from src into b.
func (s *store) seal(b *Batch, id string, src chunkSource, meta RecordMeta) error {
	if err := checkID(id); err != nil {
		return err
	}
	if meta.Created.IsZero() {
		meta.Created = s.opts.Now().UTC()
	}
	metaJSON, err := json.Marshal(meta)
	if err != nil {
		return fmt.Errorf("vault: record meta: %w", err)
	}
	mh := sha256.Sum256(metaJSON)
	dk := make([]byte, 32)
	if _, err := rand.Read(dk); err != nil {
		return err
	}
	g := newGCM(dk)
	wrapped, err := s.keys.wrapDataKey(id, dk)
	clear(dk)
	if err != nil {
		return err
	}
	m := &manifest{chunkSize: ChunkSize, meta: metaJSON}
	first, final, err := src()
	if err != nil {
		return fmt.Errorf("vault: seal %s: read: %w", id, err)
	}
	if final {
		m.chunks, m.size = 1, uint64(len(first))
		m.inline = sealChunk(g, nil, id, 0, true, mh[:], first)
	} else {
		if err := s.writeAhead(id, g, mh[:], m, first, src); err != nil {
			return err
		}
		b.ops = append(b.ops, op{key: []byte(string(KSMeta) + metaPending + id), delete: true})
	}
	// Sealing over an existing record replaces it: drop its index entry
	// (else the sweeper would shred the new record on the old schedule)
	// and any chunks beyond the new record's.
	if old := s.manifestOf(id); old != nil {
		var om RecordMeta
		if json.Unmarshal(old.meta, &om) == nil && !retentionStart(om).Equal(retentionStart(meta)) {
			b.ops = append(b.ops, op{key: expiryKey(retentionStart(om), id), delete: true})
		}
		for i := m.chunks; old.chunks > 1 && i < old.chunks; i++ {
			b.ops = append(b.ops, op{key: chunkKey(id, i), delete: true})
		}
		if m.chunks == 1 && old.chunks > 1 {
			b.ops = append(b.ops, op{key: chunkKey(id, 0), delete: true})
		}
	}
	// The data key goes in first: a reader never sees a manifest whose key
	// is missing unless the record was shredded.
	b.ops = append(b.ops,
		op{key: []byte(string(KSDataKey) + id), val: wrapped},
		op{key: []byte(string(KSRecord) + id), val: m.encode()},
		op{key: expiryKey(retentionStart(meta), id), val: []byte{}},
		op{key: []byte(string(KSMeta) + metaShredded + id), delete: true},
	)
	return nil
}

func sealChunk(g cipher.AEAD, dst []byte, id string, idx uint32, final bool, mh, pt []byte) []byte {
	var nonce [nonceSize]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		panic("vault: crypto/rand failed: " + err.Error())
	}
	dst = append(dst, nonce[:]...)
	return g.Seal(dst, nonce[:], pt, chunkAD(id, idx, final, mh))
}

// writeAhead seals and writes the chunks of a large record in their own
// transactions, behind a pending marker. first is the first (non-final)
// chunk; the rest come from src.
func (s *store) writeAhead(id string, g cipher.AEAD, mh []byte, m *manifest, first []byte, src chunkSource) error {
	perTxn := int(s.db.MaxBatchSize()/2) / (ChunkSize + 64)
	if perTxn < 1 {
		perTxn = 1
	}
	pend := []byte(string(KSMeta) + metaPending + id)
	stamp := binary.BigEndian.AppendUint64(nil, uint64(s.opts.Now().UnixNano()))
	if err := s.update(int64(len(pend)+len(stamp)), func(txn *badger.Txn) error { return txn.Set(pend, stamp) }); err != nil {
		return storageErr("seal "+id, err)
	}
	var idx uint32
	var size uint64
	// Ciphertext buffers are reused once their transaction has committed
	// (Badger has copied them into its log by then), so a 30 MB record
	// costs a few chunk buffers, not 30 MB of garbage for the GC to chase.
	var cts, spare [][]byte
	buf := func() []byte {
		if n := len(spare); n > 0 {
			b := spare[n-1]
			spare = spare[:n-1]
			return b[:0]
		}
		return nil
	}
	flush := func() error {
		if len(cts) == 0 {
			return nil
		}
		base := idx - uint32(len(cts))
		var size int64
		for _, ct := range cts {
			size += int64(len(ct)) + 64
		}
		err := s.update(size, func(txn *badger.Txn) error {
			for i, ct := range cts {
				if err := txn.Set(chunkKey(id, base+uint32(i)), ct); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			cts = cts[:0]
			return storageErr("seal "+id, err)
		}
		spare = append(spare, cts...)
		cts = cts[:0]
		return nil
	}
	chunk, final := first, false
	for {
		cts = append(cts, sealChunk(g, buf(), id, idx, final, mh, chunk))
		idx++
		size += uint64(len(chunk))
		if len(cts) >= perTxn {
			if err := flush(); err != nil {
				return err
			}
		}
		if final {
			break
		}
		if idx >= maxChunks {
			return fmt.Errorf("vault: seal %s: record larger than %d chunks: %w", id, maxChunks, ErrTooLarge)
		}
		var err error
		if chunk, final, err = src(); err != nil {
			return fmt.Errorf("vault: seal %s: read: %w", id, err)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	m.chunks, m.size = idx, size
	return nil
}

// shred adds the crypto-shred of id to b: the wrapped data key first, then
// the manifest, chunks and index entry, and a tombstone so OpenRecord says
// ErrShredded rather than ErrNotFound.
func (s *store) shred(b *Batch, id string, reason string) {
	s.shredOps(b, id, s.opts.Now())
	b.Audit(audit.Event{Actor: "system", Action: audit.ActShredded, Objects: []string{"rec:" + id}, Outcome: "ok", Detail: reason})
}

// ShredBy is Shred with the audit event naming who asked (a staff user
// revoking a message, the CLI).
func (b *Batch) ShredBy(id, actor, channel string) {
	b.v.s.shredOps(b, id, b.v.Now())
	b.Audit(audit.Event{Actor: actor, Action: audit.ActShredded, Channel: channel, Objects: []string{"rec:" + id}, Outcome: "ok"})
}

// RecordStatus reports what the vault holds for record id, cheaply (no
// decryption): nil if the record (or at least its data key) is stored,
// ErrShredded if it was crypto-shredded and its tombstone is still kept,
// ErrNotFound otherwise.
func (v *Vault) RecordStatus(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if checkID(id) != nil {
		return fmt.Errorf("vault: record %q: %w", id, ErrNotFound)
	}
	err := v.s.view(func(txn *badger.Txn) error {
		for _, k := range []string{string(KSRecord) + id, string(KSDataKey) + id} {
			if _, err := txn.Get([]byte(k)); err == nil {
				return nil
			} else if !errors.Is(err, badger.ErrKeyNotFound) {
				return err
			}
		}
		if _, err := txn.Get([]byte(string(KSMeta) + metaShredded + id)); err == nil {
			return fmt.Errorf("vault: record %s: %w", id, ErrShredded)
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		return fmt.Errorf("vault: record %s: %w", id, ErrNotFound)
	})
	if err != nil && !errors.Is(err, ErrShredded) && !errors.Is(err, ErrNotFound) {
		return storageErr("record status", err)
	}
	return err
}

// ShredRecord crypto-shreds record id now, with an audit event naming
// actor: ErrNotFound if there is no such record, ErrShredded if it was
// shredded already.
func (v *Vault) ShredRecord(ctx context.Context, id, actor, channel string) error {
	if err := v.RecordStatus(ctx, id); err != nil {
		return err
	}
	b := v.NewBatch()
	b.ShredBy(id, actor, channel)
	return v.Commit(ctx, b)
}

// shredOps adds the deletes of a shred, data key first.
func (s *store) shredOps(b *Batch, id string, now time.Time) {
	b.ops = append(b.ops, op{key: []byte(string(KSDataKey) + id), delete: true})
	var meta RecordMeta
	man := s.manifestOf(id)
	if man != nil {
		_ = json.Unmarshal(man.meta, &meta)
	}
	b.ops = append(b.ops, op{key: []byte(string(KSRecord) + id), delete: true})
	if man != nil {
		if man.chunks > 1 {
			for i := uint32(0); i < man.chunks; i++ {
				b.ops = append(b.ops, op{key: chunkKey(id, i), delete: true})
			}
		}
		b.ops = append(b.ops, op{key: expiryKey(retentionStart(meta), id), delete: true})
	}
	stamp := binary.BigEndian.AppendUint64(nil, uint64(now.UnixNano()))
	b.ops = append(b.ops, op{key: []byte(string(KSMeta) + metaShredded + id), val: stamp})
}

// manifestOf returns id's current manifest, or nil.
func (s *store) manifestOf(id string) *manifest {
	var m *manifest
	_ = s.view(func(txn *badger.Txn) error {
		it, err := txn.Get([]byte(string(KSRecord) + id))
		if err != nil {
			return err
		}
		v, err := it.ValueCopy(nil)
		if err != nil {
			return err
		}
		m, _ = decodeManifest(v)
		return nil
	})
	return m
}

// opened is a record read in one snapshot.
type opened struct {
	id   string
	m    *manifest
	meta RecordMeta
	g    cipher.AEAD
	mh   [32]byte
}

func (s *store) openTxn(txn *badger.Txn, id string) (*opened, error) {
	if err := checkID(id); err != nil {
		return nil, ErrNotFound
	}
	mItem, err := txn.Get([]byte(string(KSRecord) + id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		if _, err := txn.Get([]byte(string(KSMeta) + metaShredded + id)); err == nil {
			return nil, fmt.Errorf("vault: record %s: %w", id, ErrShredded)
		}
		return nil, fmt.Errorf("vault: record %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	kItem, err := txn.Get([]byte(string(KSDataKey) + id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("vault: record %s: data key deleted: %w", id, ErrShredded)
	}
	if err != nil {
		return nil, err
	}
	w, err := kItem.ValueCopy(nil)
	if err != nil {
		return nil, err
	}
	dk, _, err := s.keys.unwrapDataKey(id, w)
	if err != nil {
		return nil, err
	}
	mv, err := mItem.ValueCopy(nil)
	if err != nil {
		return nil, err
	}
	m, err := decodeManifest(mv)
	if err != nil {
		return nil, fmt.Errorf("vault: record %s: %w", id, err)
	}
	o := &opened{id: id, m: m, g: newGCM(dk), mh: sha256.Sum256(m.meta)}
	clear(dk)
	if err := json.Unmarshal(m.meta, &o.meta); err != nil {
		return nil, fmt.Errorf("vault: record %s: metadata: %w", id, ErrTampered)
	}
	return o, nil
}

// chunk decrypts chunk idx into dst (appending).
func (o *opened) chunk(txn *badger.Txn, dst []byte, idx uint32) ([]byte, error) {
	final := idx == o.m.chunks-1
	open := func(ct []byte) ([]byte, error) {
		if len(ct) != o.m.chunkLen(idx)+nonceSize+tagSize {
			return nil, fmt.Errorf("vault: record %s chunk %d: wrong length: %w", o.id, idx, ErrTampered)
		}
		out, err := o.g.Open(dst, ct[:nonceSize], ct[nonceSize:], chunkAD(o.id, idx, final, o.mh[:]))
		if err != nil {
			return nil, fmt.Errorf("vault: record %s chunk %d: %w", o.id, idx, ErrTampered)
		}
		return out, nil
	}
	if o.m.chunks == 1 {
		return open(o.m.inline)
	}
	item, err := txn.Get(chunkKey(o.id, idx))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("vault: record %s chunk %d missing: %w", o.id, idx, ErrTampered)
	}
	if err != nil {
		return nil, err
	}
	var out []byte
	err = item.Value(func(ct []byte) error {
		var err error
		out, err = open(ct)
		return err
	})
	return out, err
}

func (s *store) open(_ context.Context, id string) ([]byte, RecordMeta, error) {
	var pt []byte
	var meta RecordMeta
	err := s.view(func(txn *badger.Txn) error {
		o, err := s.openTxn(txn, id)
		if err != nil {
			return err
		}
		meta = o.meta
		pt = make([]byte, 0, o.m.size)
		for i := uint32(0); i < o.m.chunks; i++ {
			if pt, err = o.chunk(txn, pt, i); err != nil {
				clear(pt[:cap(pt)])
				pt = nil
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, RecordMeta{}, openErr2(err)
	}
	return pt, meta, nil
}

func openErr2(err error) error {
	for _, e := range []error{ErrNotFound, ErrShredded, ErrTampered, ErrKeyLost, ErrClosed, context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, e) {
			return err
		}
	}
	return storageErr("open record", err)
}

// openTo authenticates every chunk first, then decrypts again and writes,
// all in one snapshot: w never receives plaintext of a record that does not
// authenticate completely.
func (s *store) openTo(ctx context.Context, id string, w io.Writer) (RecordMeta, error) {
	var meta RecordMeta
	err := s.view(func(txn *badger.Txn) error {
		o, err := s.openTxn(txn, id)
		if err != nil {
			return err
		}
		meta = o.meta
		buf := make([]byte, 0, ChunkSize)
		if o.m.chunks > 1 {
			for i := uint32(0); i < o.m.chunks; i++ {
				if err := ctx.Err(); err != nil {
					return err
				}
				if _, err := o.chunk(txn, buf[:0], i); err != nil {
					return err
				}
			}
		}
		for i := uint32(0); i < o.m.chunks; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			pt, err := o.chunk(txn, buf[:0], i)
			if err != nil {
				return err
			}
			if _, err := w.Write(pt); err != nil {
				return fmt.Errorf("vault: record %s: write: %w", id, err)
			}
		}
		clear(buf[:cap(buf)])
		return nil
	})
	if err != nil {
		return RecordMeta{}, openErr2(err)
	}
	return meta, nil
}

// Exists-style helper for tests and tools: whether any chunk of id remains.
func (s *store) chunksLeft(id string) (int, error) {
	n := 0
	p := append([]byte(string(KSChunk)+id), 0)
	err := s.view(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			n++
		}
		return nil
	})
	return n, err
}
