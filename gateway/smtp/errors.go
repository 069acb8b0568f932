package smtp

import (
	gosmtp "github.com/emersion/go-smtp"
)

// Every reply phigate chooses is here, so codes (RFC 5321) and enhanced codes
// (RFC 3463) are decided in one place and never carry PHI.
var (
	errTLSRequired     = &gosmtp.SMTPError{Code: 530, EnhancedCode: gosmtp.EnhancedCode{5, 7, 0}, Message: "Must issue a STARTTLS command first"}
	errAuthRequired    = &gosmtp.SMTPError{Code: 530, EnhancedCode: gosmtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	errBadCredentials  = &gosmtp.SMTPError{Code: 535, EnhancedCode: gosmtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}
	errAuthMechanism   = &gosmtp.SMTPError{Code: 504, EnhancedCode: gosmtp.EnhancedCode{5, 5, 4}, Message: "Unsupported authentication mechanism"}
	errTooManyAuth     = &gosmtp.SMTPError{Code: 421, EnhancedCode: gosmtp.EnhancedCode{4, 7, 0}, Message: "Too many failed authentication attempts"}
	errSenderNotOwned  = &gosmtp.SMTPError{Code: 553, EnhancedCode: gosmtp.EnhancedCode{5, 7, 1}, Message: "Sender address not owned by the authenticated user"}
	errBadAddress      = &gosmtp.SMTPError{Code: 553, EnhancedCode: gosmtp.EnhancedCode{5, 1, 3}, Message: "Address syntax not accepted"}
	errTooLarge        = &gosmtp.SMTPError{Code: 552, EnhancedCode: gosmtp.EnhancedCode{5, 3, 4}, Message: "Message size exceeds fixed limit"}
	errMalformed       = &gosmtp.SMTPError{Code: 554, EnhancedCode: gosmtp.EnhancedCode{5, 6, 0}, Message: "Message is not a valid RFC 5322 message: "}
	errRejected        = &gosmtp.SMTPError{Code: 550, EnhancedCode: gosmtp.EnhancedCode{5, 7, 1}, Message: "Message refused by the practice's content policy"}
	errStorage         = &gosmtp.SMTPError{Code: 452, EnhancedCode: gosmtp.EnhancedCode{4, 3, 1}, Message: "Insufficient system storage, try again later"}
	errInternal        = &gosmtp.SMTPError{Code: 451, EnhancedCode: gosmtp.EnhancedCode{4, 3, 0}, Message: "Temporary local error, try again later"}
	errRateLimited     = &gosmtp.SMTPError{Code: 450, EnhancedCode: gosmtp.EnhancedCode{4, 7, 1}, Message: "Rate limit exceeded, try again later"}
	errTooManyConns    = &gosmtp.SMTPError{Code: 421, EnhancedCode: gosmtp.EnhancedCode{4, 3, 2}, Message: "Too many connections, try again later"}
	errDataTimeout     = &gosmtp.SMTPError{Code: 451, EnhancedCode: gosmtp.EnhancedCode{4, 4, 2}, Message: "Timeout while receiving message data"}
	errNoValidRcpt     = &gosmtp.SMTPError{Code: 554, EnhancedCode: gosmtp.EnhancedCode{5, 5, 1}, Message: "No valid recipients"}
	errNullSenderStaff = &gosmtp.SMTPError{Code: 553, EnhancedCode: gosmtp.EnhancedCode{5, 7, 1}, Message: "Null sender not allowed for submission"}
)

// malformed returns 554 5.6.0 with a reason that names the defect, never
// content.
func malformed(reason string) *gosmtp.SMTPError {
	e := *errMalformed
	e.Message += reason
	return &e
}
