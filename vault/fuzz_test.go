package vault

import (
	"bytes"
	"io"
	"testing"
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
