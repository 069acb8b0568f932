package vault

import (
	"bytes"
	"crypto/cipher"
	"encoding/binary"
	"io"
	"testing"
	"time"
)

// FuzzDecodeManifest: never panics; what it accepts re-encodes identically
// and its claims are internally consistent.
func FuzzDecodeManifest(f *testing.F) {
	f.Add((&manifest{chunkSize: ChunkSize, chunks: 1, size: 3, meta: []byte(`{}`), inline: make([]byte, 3+nonceSize+tagSize)}).encode())
	f.Add((&manifest{chunkSize: ChunkSize, chunks: 3, size: 2*ChunkSize + 1, meta: []byte(`{"kind":"email"}`)}).encode())
	f.Add([]byte("PGR1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeManifest(b)
		if err != nil {
			return
		}
		if !bytes.Equal(m.encode(), b) {
			t.Fatalf("re-encode differs")
		}
		var total uint64
		for i := uint32(0); i < m.chunks; i++ {
			n := m.chunkLen(i)
			if n <= 0 && m.chunks > 1 || n > int(m.chunkSize) {
				t.Fatalf("chunk %d length %d", i, n)
			}
			total += uint64(n)
		}
		if total != m.size {
			t.Fatalf("chunk lengths sum to %d, size %d", total, m.size)
		}
	})
}

// FuzzBackupStream: a backup reader never panics, and only a stream that
// authenticates completely yields io.EOF.
func FuzzBackupStream(f *testing.F) {
	key := bytes.Repeat([]byte{1}, 32)
	var good bytes.Buffer
	salt := make([]byte, 32)
	g, check := backupKeys(key, salt)
	header := append(append(append([]byte(backupMagic), backupVersion), salt...), check...)
	good.Write(header)
	bw := &backupWriter{w: &good, g: g, header: header}
	bw.Write([]byte("some kv data"))
	bw.flush(true)
	f.Add(good.Bytes())
	f.Add(good.Bytes()[:backupHeaderLen+3])
	f.Add([]byte(backupMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		br, err := newBackupReader(bytes.NewReader(b), key)
		if err != nil {
			return
		}
		out, err := io.ReadAll(br)
		if err == nil && string(out) != "some kv data" {
			// Only "some kv data" was ever encrypted under this key: anything
			// else reading to the end would be a forgery.
			t.Fatalf("forged stream accepted: %q", out)
		}
	})
}

// FuzzKeyMaterial: the parsers of stored key material (wrapped data keys,
// wrapped KEKs, audit pruning anchors, head records) never panic, and
// accept nothing but what was produced with the key: a forgery would need
// to break AES-GCM or HMAC.
func FuzzKeyMaterial(f *testing.F) {
	master := bytes.Repeat([]byte{2}, 32)
	k := &keys{wrap: newGCM(derive(master, nil, infoKEKWrap)), anchor: derive(master, nil, infoAnchor), master: master}
	// Built deterministically (fixed keys and nonces), not with wrapKEK and
	// wrapDataKey: the fuzzing workers are separate processes and must all
	// agree on what the one genuine value is.
	created := time.Unix(1700000000, 0).UnixNano()
	kek := bytes.Repeat([]byte{0xe}, 32)
	nonce := bytes.Repeat([]byte{0x1}, 12)
	kekVal := binary.BigEndian.AppendUint64([]byte{kekFormat}, uint64(created))
	kekVal = append(kekVal, nonce...)
	kekVal = k.wrap.Seal(kekVal, nonce, kek, kekAD(1, created))
	ring := &keyring{active: 1, keks: map[uint32]cipher.AEAD{1: newGCM(kek)}, created: map[uint32]time.Time{1: time.Unix(0, created)}}
	k.ring.Store(ring)
	dk := bytes.Repeat([]byte{0xd}, 32)
	wrapped := binary.BigEndian.AppendUint32([]byte{dataKeyFormat}, 1)
	wrapped = append(wrapped, nonce...)
	wrapped = ring.keks[1].Seal(wrapped, nonce, dk, dataKeyAD("rec1", 1))
	if got, _, err := k.unwrapDataKey("rec1", wrapped); err != nil || !bytes.Equal(got, dk) {
		f.Fatalf("fixture: %v", err)
	}
	if _, _, err := k.unwrapKEK(1, kekVal); err != nil {
		f.Fatalf("fixture: %v", err)
	}
	var h [32]byte
	anc := k.encodeAnchor(anchor{seq: 7, hash: h})
	f.Add(wrapped, "rec1")
	f.Add(kekVal, "")
	f.Add(anc, "")
	f.Add(encodeHead(7, h), "")
	f.Fuzz(func(t *testing.T, b []byte, id string) {
		if got, _, err := k.unwrapDataKey(id, b); err == nil && (!bytes.Equal(b, wrapped) || id != "rec1" || !bytes.Equal(got, dk)) {
			t.Fatalf("forged data key accepted for %q", id)
		}
		if _, _, err := k.unwrapKEK(1, b); err == nil && !bytes.Equal(b, kekVal) {
			t.Fatalf("forged KEK accepted: %x vs %x", b, kekVal)
		}
		if a, err := k.decodeAnchor(b); err == nil && (!bytes.Equal(b, anc) || a.seq != 7) {
			t.Fatal("forged anchor accepted")
		}
	})
}
