package smtp

import (
	"errors"

	"github.com/emersion/go-sasl"
)

// loginServer is the server side of the obsolete but ubiquitous LOGIN
// mechanism (Outlook, Apple Mail), which go-sasl implements only as a client.
type loginServer struct {
	step     int
	username string
	auth     func(username, password string) error
}

var _ sasl.Server = (*loginServer)(nil)

const maxSASLField = 1024

func (s *loginServer) Next(response []byte) (challenge []byte, done bool, err error) {
	if len(response) > maxSASLField {
		return nil, false, errors.New("sasl: field too long")
	}
	switch s.step {
	case 0:
		s.step = 1
		if response != nil {
			// Initial response carries the username (RFC-less but common).
			s.username = string(response)
			s.step = 2
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 1:
		s.username = string(response)
		s.step = 2
		return []byte("Password:"), false, nil
	case 2:
		s.step = 3
		return nil, true, s.auth(s.username, string(response))
	default:
		return nil, false, errors.New("sasl: unexpected response")
	}
}
