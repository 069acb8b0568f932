package vault

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// MasterKeySource says where the master key came from.
type MasterKeySource string

const (
	KeyFromEnv  MasterKeySource = "env"
	KeyFromFile MasterKeySource = "file"
	KeyDevFile  MasterKeySource = "dev" // generated into the data dir
)

// DevKeyFile is the development master key's name inside the data dir.
const DevKeyFile = "master.key"

// LoadMasterKey resolves the master key: PHIGATE_MASTER_KEY (base64 of 32
// bytes) when envValue is non-empty, else keyFile (must be mode 0600), else a
// development key in dataDir, generated on first use.
func LoadMasterKey(envValue, keyFile, dataDir string) ([]byte, MasterKeySource, error) {
	if envValue != "" {
		k, err := decodeKey(envValue)
		if err != nil {
			return nil, "", fmt.Errorf("PHIGATE_MASTER_KEY: %w", err)
		}
		return k, KeyFromEnv, nil
	}
	if keyFile != "" {
		k, err := readKeyFile(keyFile)
		if err != nil {
			return nil, "", fmt.Errorf("vault.master_key_file: %w", err)
		}
		return k, KeyFromFile, nil
	}
	p := filepath.Join(dataDir, DevKeyFile)
	k, err := readKeyFile(p)
	if err == nil {
		return k, KeyDevFile, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("dev master key %s: %w", p, err)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, "", fmt.Errorf("data dir: %w", err)
	}
	k = make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, "", err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) { // another process won the race
		if k, err = readKeyFile(p); err != nil {
			return nil, "", fmt.Errorf("dev master key %s: %w", p, err)
		}
		return k, KeyDevFile, nil
	}
	if err != nil {
		return nil, "", fmt.Errorf("dev master key: %w", err)
	}
	_, err = f.WriteString(base64.StdEncoding.EncodeToString(k) + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// A half-written key must not be mistaken for the key next time.
		_ = os.Remove(p)
		return nil, "", fmt.Errorf("dev master key %s: %w", p, err)
	}
	return k, KeyDevFile, nil
}

// maxKeyFile bounds what is read from a key file: base64 of 32 bytes is 44
// characters, the rest is room for whitespace.
const maxKeyFile = 4096

// readKeyFile reads a base64 master key from p. The mode is checked on the
// opened file (not the path), so the file checked is the file read.
func readKeyFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", p)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s has mode %04o, readable by others; it must be 0600 (run: chmod 600 %s)", p, st.Mode().Perm(), p)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxKeyFile+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxKeyFile {
		return nil, fmt.Errorf("%s: larger than %d bytes, not a key file", p, maxKeyFile)
	}
	k, err := decodeKey(string(b))
	clear(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return k, nil
}

func decodeKey(s string) ([]byte, error) {
	k, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, errors.New("not valid base64; want the standard base64 of 32 random bytes (e.g. openssl rand -base64 32)")
	}
	if len(k) != 32 {
		clear(k)
		return nil, fmt.Errorf("decodes to %d bytes, want 32 (e.g. openssl rand -base64 32)", len(k))
	}
	return k, nil
}
