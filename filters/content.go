package filters

// Part names used in findings.
const (
	PartSubject    = "subject"
	PartBody       = "body"
	PartHTML       = "html"
	PartAttachment = "attachment"
	PartFilename   = "filename"
	// PartName is where display names (From/To/Cc…) are reported. The scan
	// contract's parts are subject|body|html|attachment|filename; display
	// names are header text like the subject, so they report as "subject".
	PartName = PartSubject
)

// Content is what a channel extracted from one message.
type Content struct {
	Subject      string
	DisplayNames []string // From/To/Cc display names
	// Headers are free-text header fields a mail client may show besides
	// the subject (Comments, Keywords, Thread-Topic).
	Headers     []string
	Text        []string // text/plain parts, decoded to UTF-8; the SMS body goes here
	HTML        []string // text/html parts, decoded to UTF-8 (raw HTML)
	Attachments []Attachment
	// Unparsable is set when the channel could not parse the message well
	// enough to scan it; the verdict then fails closed (PHI).
	Unparsable bool
}

// Attachment is any non-text part, inline or attached, or an MMS media item.
type Attachment struct {
	Filename    string
	ContentType string // as declared; never trusted
	ContentID   string // for cid: references
	Inline      bool
	Data        []byte // the first bytes at least (sniffing needs ≤ 512)
	Size        int64
}

// Finding is one reason a message is PHI.
type Finding struct {
	Category string `json:"category"`
	Rule     string `json:"rule"` // lexicon id or detector name
	Part     string `json:"part"`
}

// Verdict is the outcome of a scan.
type Verdict struct {
	PHI        bool      `json:"phi"`
	Categories []string  `json:"categories"`
	Findings   []Finding `json:"findings"`
}
