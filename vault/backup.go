package vault

// Backup and restore.
//
// Badger's stream backup is plaintext (it decrypts as it reads), so the
// vault encrypts it again. A backup stream is:
//
//	header (64 bytes): magic "PHIGATE-BACKUP\x00" | version (1) = 1
//	                   | salt (32) | key check (16)
//	frames:            length u32 (big-endian, of what follows, <= 1 MiB + 28)
//	                   | nonce (12) | AES-256-GCM ciphertext and tag
//
// The frame key is HKDF-SHA256(master key, salt, "phigate/backup/v1"); the
// key check is the first 16 bytes of HMAC-SHA256(frame key, "phigate backup
// key check"), so a wrong master key is reported as such. Each frame's
// associated data is the header, the frame index (u64) and a final flag;
// the last frame has the flag set (and may be empty), and nothing may follow
// it. A stream that ends before the final frame is truncated.
//
// Inside, sealed records stay envelope-encrypted under their data keys and
// the KEKs stay wrapped by the master key: restoring needs the same master
// key. Records shredded before the backup are not in it.

import (
	"bytes"
	"context"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/dgraph-io/badger/v4"
)

// Backup errors.
var (
	ErrBackupFormat    = errors.New("vault: not a phigate backup (bad header)")
	ErrBackupTruncated = errors.New("vault: backup is truncated (the final frame is missing)")
	ErrBackupCorrupt   = errors.New("vault: backup is corrupt (a frame fails authentication)")
	ErrNotEmpty        = errors.New("vault: restore needs an empty data dir")
)

const (
	backupMagic     = "PHIGATE-BACKUP\x00"
	backupVersion   = 1
	backupHeaderLen = len(backupMagic) + 1 + 32 + 16
	backupFrame     = 1 << 20
	backupMaxCT     = backupFrame + nonceSize + tagSize
)

func backupKeys(master, salt []byte) (cipher.AEAD, []byte) {
	k := derive(master, salt, infoBackup)
	m := hmac.New(sha256.New, k)
	m.Write([]byte("phigate backup key check"))
	return newGCM(k), m.Sum(nil)[:16]
}

func frameAD(header []byte, idx uint64, final bool) []byte {
	ad := append(append([]byte(nil), header...), 0, 0, 0, 0, 0, 0, 0, 0, 0)
	binary.BigEndian.PutUint64(ad[len(header):], idx)
	if final {
		ad[len(ad)-1] = 1
	}
	return ad
}

type backupWriter struct {
	w      io.Writer
	g      cipher.AEAD
	header []byte
	buf    []byte
	idx    uint64
	err    error
}

func (bw *backupWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 && bw.err == nil {
		c := min(len(p), backupFrame-len(bw.buf))
		bw.buf = append(bw.buf, p[:c]...)
		p, n = p[c:], n+c
		if len(bw.buf) == backupFrame {
			bw.flush(false)
		}
	}
	return n, bw.err
}

func (bw *backupWriter) flush(final bool) {
	if bw.err != nil {
		return
	}
	out := make([]byte, 4, 4+nonceSize+len(bw.buf)+tagSize)
	var nonce [nonceSize]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		bw.err = err
		return
	}
	out = append(out, nonce[:]...)
	out = bw.g.Seal(out, nonce[:], bw.buf, frameAD(bw.header, bw.idx, final))
	binary.BigEndian.PutUint32(out, uint32(len(out)-4))
	_, bw.err = bw.w.Write(out)
	bw.idx++
	clear(bw.buf)
	bw.buf = bw.buf[:0]
}

// Backup writes an encrypted backup of the whole vault to w (a consistent
// snapshot; commits continue meanwhile).
func (v *Vault) Backup(ctx context.Context, w io.Writer) error {
	salt := make([]byte, 32)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	g, check := backupKeys(v.s.keys.master, salt)
	header := make([]byte, 0, backupHeaderLen)
	header = append(header, backupMagic...)
	header = append(header, backupVersion)
	header = append(header, salt...)
	header = append(header, check...)
	if _, err := w.Write(header); err != nil {
		return fmt.Errorf("vault: backup: %w", err)
	}
	bw := &backupWriter{w: w, g: g, header: header, buf: make([]byte, 0, backupFrame)}
	v.s.closeMu.RLock()
	defer v.s.closeMu.RUnlock()
	if v.s.closed {
		return ErrClosed
	}
	st := v.s.db.NewStream()
	st.LogPrefix = "vault.Backup"
	if _, err := st.Backup(ctxWriter{ctx, bw}, 0); err != nil {
		return fmt.Errorf("vault: backup: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	bw.flush(true)
	if bw.err != nil {
		return fmt.Errorf("vault: backup: %w", bw.err)
	}
	return nil
}

type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// backupReader decrypts a backup stream.
type backupReader struct {
	r      io.Reader
	g      cipher.AEAD
	header []byte
	idx    uint64
	pt     []byte
	ptBuf  []byte
	ct     []byte
	done   bool
	err    error
}

// newBackupReader reads and checks the header.
func newBackupReader(r io.Reader, master []byte) (*backupReader, error) {
	header := make([]byte, backupHeaderLen)
	if n, err := io.ReadFull(r, header); err != nil {
		if n == 0 {
			return nil, fmt.Errorf("%w: empty input", ErrBackupFormat)
		}
		if bytes.HasPrefix(header, []byte(backupMagic)) || bytes.HasPrefix([]byte(backupMagic), header[:n]) {
			return nil, ErrBackupTruncated
		}
		return nil, ErrBackupFormat
	}
	if !bytes.Equal(header[:len(backupMagic)], []byte(backupMagic)) {
		return nil, ErrBackupFormat
	}
	if header[len(backupMagic)] != backupVersion {
		return nil, fmt.Errorf("%w: version %d", ErrBackupFormat, header[len(backupMagic)])
	}
	salt := header[len(backupMagic)+1 : len(backupMagic)+33]
	g, check := backupKeys(master, salt)
	if !hmac.Equal(check, header[len(backupMagic)+33:]) {
		return nil, fmt.Errorf("vault: backup was made with a different master key: %w", ErrWrongMasterKey)
	}
	return &backupReader{r: r, g: g, header: header, ct: make([]byte, backupMaxCT), ptBuf: make([]byte, 0, backupFrame)}, nil
}

func (br *backupReader) Read(p []byte) (int, error) {
	for len(br.pt) == 0 {
		if br.err != nil {
			return 0, br.err
		}
		if br.done {
			return 0, io.EOF
		}
		br.err = br.next()
	}
	n := copy(p, br.pt)
	br.pt = br.pt[n:]
	return n, nil
}

func (br *backupReader) next() error {
	var lb [4]byte
	if _, err := io.ReadFull(br.r, lb[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w (after frame %d)", ErrBackupTruncated, br.idx)
		}
		return err
	}
	n := binary.BigEndian.Uint32(lb[:])
	if n < nonceSize+tagSize || n > backupMaxCT {
		return fmt.Errorf("%w: frame %d has impossible length %d", ErrBackupCorrupt, br.idx, n)
	}
	ct := br.ct[:n]
	if _, err := io.ReadFull(br.r, ct); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w (inside frame %d)", ErrBackupTruncated, br.idx)
		}
		return err
	}
	for _, final := range []bool{false, true} {
		// Not in place: a failed Open clears its output.
		pt, err := br.g.Open(br.ptBuf[:0], ct[:nonceSize], ct[nonceSize:], frameAD(br.header, br.idx, final))
		if err == nil {
			br.pt, br.done = pt, final
			br.idx++
			if final {
				var one [1]byte
				if m, _ := io.ReadFull(br.r, one[:]); m > 0 {
					return fmt.Errorf("%w: data after the final frame", ErrBackupCorrupt)
				}
			}
			return nil
		}
	}
	return fmt.Errorf("%w: frame %d", ErrBackupCorrupt, br.idx)
}

// CheckBackup reads a whole backup stream and authenticates every frame
// without restoring it.
func CheckBackup(r io.Reader, masterKey []byte) error {
	br, err := newBackupReader(r, masterKey)
	if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, br)
	return err
}

// Restore loads a backup written by Backup into opts.Dir, which must be
// empty or not exist, using opts.MasterKey (the key of the backed-up vault).
// On any error the data dir is left empty again. Open the vault afterwards
// (and run AuditVerify).
func Restore(ctx context.Context, opts Options, r io.Reader) error {
	if len(opts.MasterKey) != 32 {
		return fmt.Errorf("vault: master key must be 32 bytes, got %d", len(opts.MasterKey))
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if ents, err := os.ReadDir(opts.Dir); err == nil && len(ents) > 0 {
		return fmt.Errorf("%w: %s already holds %d files (a running or existing vault); restore into a new data_dir, or move this one away first", ErrNotEmpty, opts.Dir, len(ents))
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("vault: restore: %w", err)
	}
	br, err := newBackupReader(r, opts.MasterKey)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(opts.Dir, 0o700); err != nil {
		return fmt.Errorf("vault: restore: %w", err)
	}
	// The backup's size is unknown up front; at least refuse to start on a
	// disk already inside the reserve, where Badger's mmap'd writes would
	// crash rather than fail (see space.go).
	if err := newSpaceGuard(opts.Dir, opts.MinFreeBytes).admit(0); err != nil {
		return storageErr("restore", err)
	}
	db, err := badger.Open(badgerOptions(opts.Dir, opts.MasterKey, opts.Logger))
	if err != nil {
		return openErr(opts.Dir, err)
	}
	err = db.Load(ctxReader{ctx, br}, 64)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		return nil
	}
	if ents, rerr := os.ReadDir(opts.Dir); rerr == nil {
		for _, e := range ents {
			_ = os.RemoveAll(filepath.Join(opts.Dir, e.Name()))
		}
	}
	for _, e := range []error{ErrBackupTruncated, ErrBackupCorrupt, context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, e) {
			return fmt.Errorf("vault: restore: %w", err)
		}
	}
	if br.err != nil {
		return fmt.Errorf("vault: restore: %w", br.err)
	}
	return fmt.Errorf("vault: restore: %w: %w", ErrBackupCorrupt, err)
}

type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
