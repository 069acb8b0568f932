package filters

import "bytes"

// SniffImage identifies an image from its first bytes, ignoring any declared
// type or filename. It returns "jpeg", "png", "gif", "webp", "heif", "avif",
// "tiff", "bmp", "ico", "jpeg2000", "jxl" or "" when the bytes are not an image.
func SniffImage(b []byte) string {
	switch {
	case len(b) >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF:
		return "jpeg"
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return "gif"
	case len(b) >= 12 && bytes.HasPrefix(b, []byte("RIFF")) && string(b[8:12]) == "WEBP":
		return "webp"
	case len(b) >= 12 && string(b[4:8]) == "ftyp":
		switch string(b[8:12]) {
		case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "heif":
			return "heif"
		case "avif", "avis":
			return "avif"
		}
		// compatible brands may list an image brand after a video one
		end := 32
		if len(b) < end {
			end = len(b)
		}
		for i := 16; i+4 <= end; i += 4 {
			switch string(b[i : i+4]) {
			case "heic", "mif1", "heif", "msf1":
				return "heif"
			case "avif":
				return "avif"
			}
		}
	case bytes.HasPrefix(b, []byte("II*\x00")), bytes.HasPrefix(b, []byte("MM\x00*")),
		bytes.HasPrefix(b, []byte("II+\x00")), bytes.HasPrefix(b, []byte("MM\x00+")):
		return "tiff"
	case len(b) >= 14 && b[0] == 'B' && b[1] == 'M' && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0:
		return "bmp"
	case bytes.HasPrefix(b, []byte("\x00\x00\x01\x00")) && len(b) >= 6 && b[4] != 0:
		return "ico"
	case bytes.HasPrefix(b, []byte("\x00\x00\x00\x0cjP  \r\n\x87\n")), bytes.HasPrefix(b, []byte("\xff\x4f\xff\x51")):
		return "jpeg2000"
	case bytes.HasPrefix(b, []byte("\xff\x0a")), bytes.HasPrefix(b, []byte("\x00\x00\x00\x0cJXL \r\n\x87\n")):
		return "jxl"
	}
	return ""
}

// sniffKind names a non-image attachment for the finding's rule id.
func sniffKind(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("%PDF")):
		return "pdf"
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		// OOXML names its parts near the start of the archive
		if h := b[:min(len(b), 512)]; bytes.Contains(h, []byte("[Content_Types].xml")) ||
			bytes.Contains(h, []byte("word/")) || bytes.Contains(h, []byte("xl/")) || bytes.Contains(h, []byte("ppt/")) {
			return "office"
		}
		return "zip"
	case bytes.HasPrefix(b, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return "ole" // legacy Office
	case bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR")):
		return "calendar"
	case bytes.HasPrefix(b, []byte("BEGIN:VCARD")):
		return "vcard"
	case len(b) >= 12 && string(b[4:8]) == "ftyp":
		return "video"
	case bytes.HasPrefix(b, []byte("<svg")), bytes.Contains(b[:min(len(b), 512)], []byte("<svg")):
		return "svg"
	case bytes.HasPrefix(b, []byte("\x1f\x8b")):
		return "gzip"
	case bytes.HasPrefix(b, []byte("DICM")), len(b) > 132 && string(b[128:132]) == "DICM":
		return "dicom"
	}
	return "other"
}

// isDetachedSignature reports whether a part declared as a detached S/MIME
// or OpenPGP signature really holds one: the declaration alone is never
// trusted (a JPEG labelled application/pkcs7-signature is still an image),
// but a signature whose bytes are a DER structure or an armored PGP block
// carries no message content and is not an attachment.
func isDetachedSignature(ct string, b []byte) bool {
	switch ct {
	case "application/pkcs7-signature", "application/x-pkcs7-signature":
		return len(b) >= 2 && b[0] == 0x30 && b[1]&0x80 != 0 // SEQUENCE, long-form length
	case "application/pgp-signature":
		return bytes.HasPrefix(bytes.TrimSpace(b), []byte("-----BEGIN PGP SIGNATURE-----"))
	}
	return false
}
