package sms

import (
	"strconv"

	"github.com/valyala/fasthttp"
)

// apiError is a Twilio error reply: its JSON shape, HTTP status and error
// code, so an SDK raises the same exception it would against Twilio. Every
// reply the server refuses with is one of these values, chosen in one place
// (the way go-smtp has *SMTPError). Messages are fixed text: they never
// quote the request (no numbers, no body).
type apiError struct {
	Status int
	Code   int
	Msg    string
}

func (e *apiError) Error() string {
	return "twilio " + strconv.Itoa(e.Code) + ": " + e.Msg
}

var (
	errAuth          = &apiError{401, 20003, "Authenticate"}
	errNotFound      = &apiError{404, 20404, "The requested resource was not found"}
	errMethod        = &apiError{405, 20004, "Method not allowed"}
	errTooMany       = &apiError{429, 20429, "Too Many Requests"}
	errInternal      = &apiError{500, 20500, "Internal Server Error"}
	errUnavailable   = &apiError{503, 20503, "Service Unavailable: try again"}
	errContentType   = &apiError{415, 20001, "Content-Type must be application/x-www-form-urlencoded"}
	errMalformed     = &apiError{400, 20001, "Malformed form body"}
	errRepeated      = &apiError{400, 20001, "A form parameter appears more than once"}
	errTooLarge      = &apiError{413, 20001, "Request body too large"}
	errToRequired    = &apiError{400, 21604, "A 'To' phone number is required."}
	errFromRequired  = &apiError{400, 21603, "A 'From' phone number or 'MessagingServiceSid' is required."}
	errBodyRequired  = &apiError{400, 21602, "Message body is required."}
	errInvalidTo     = &apiError{400, 21211, "Invalid 'To' Phone Number"}
	errInvalidFrom   = &apiError{400, 21212, "Invalid 'From' Phone Number"}
	errInvalidMSID   = &apiError{400, 21701, "The Messaging Service Sid is invalid."}
	errOptedOut      = &apiError{400, 21610, "Attempt to send to unsubscribed recipient"}
	errBodyTooLong   = &apiError{400, 21617, "The concatenated message body exceeds the 1600 character limit."}
	errMediaURL      = &apiError{400, 21620, "Invalid media URL(s)"}
	errMediaCount    = &apiError{400, 21623, "Number of media files exceeds allowed limit"}
	errCallbackURL   = &apiError{400, 21609, "Invalid StatusCallback url"}
	errFiltered      = &apiError{400, 30007, "Message refused by the practice's message policy"}
	errSignature     = &apiError{403, 20003, "Invalid or missing X-Twilio-Signature"}
	errReplay        = &apiError{403, 20003, "Request already processed (replayed signature)"}
	errWebhookFields = &apiError{400, 20001, "Missing or invalid webhook parameters"}
	errWebhookMedia  = &apiError{400, 20001, "Media URL does not point at Twilio's media host for this message"}
	errWrongAccount  = &apiError{403, 20003, "Webhook for another account"}
)

var (
	hdrJSON   = []byte("application/json; charset=utf-8")
	hdrXML    = []byte("application/xml")
	hdrWWW    = []byte("WWW-Authenticate")
	hdrWWWVal = []byte(`Basic realm="Twilio API"`)
)

// write sends e as Twilio's error JSON.
func (e *apiError) write(ctx *fasthttp.RequestCtx) {
	ctx.Response.Reset()
	ctx.SetStatusCode(e.Status)
	ctx.Response.Header.SetContentTypeBytes(hdrJSON)
	if e.Status == 401 {
		ctx.Response.Header.SetBytesKV(hdrWWW, hdrWWWVal)
	}
	b := ctx.Response.BodyWriter()
	// Built by hand: fixed ASCII messages need no escaping, and this path
	// runs for every refused request.
	out := make([]byte, 0, 160)
	out = append(out, `{"code":`...)
	out = strconv.AppendInt(out, int64(e.Code), 10)
	out = append(out, `,"message":"`...)
	out = append(out, e.Msg...)
	out = append(out, `","more_info":"https://www.twilio.com/docs/errors/`...)
	out = strconv.AppendInt(out, int64(e.Code), 10)
	out = append(out, `","status":`...)
	out = strconv.AppendInt(out, int64(e.Status), 10)
	out = append(out, '}')
	_, _ = b.Write(out)
}
