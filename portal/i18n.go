package portal

import (
	"strconv"
	"strings"
)

// Languages the patient pages speak. English is the fallback.
var langs = map[string]map[string]string{
	"en": {
		"skip":             "Skip to main content",
		"title_landing":    "Secure message from %s",
		"why":              "To protect your privacy, %s keeps this message on its secure website instead of sending it by email or text. Only you can open it.",
		"dob_prompt":       "Enter your date of birth to see your message from %s.",
		"dob_legend":       "Date of birth",
		"dob_hint":         "For example, 3 27 1984",
		"month":            "Month",
		"day":              "Day",
		"year":             "Year",
		"continue":         "Continue",
		"code_prompt":      "To see your message from %s, we will send a 6-digit code to your %s.",
		"code_send":        "Send me a code",
		"code_resend":      "Send a new code",
		"code_label":       "6-digit code",
		"code_sent":        "We sent you a code. It works for %d minutes.",
		"code_wait":        "A code was sent a moment ago. Please wait a minute before asking for another.",
		"code_limit":       "Too many codes were asked for. Please call %s for help.",
		"phone":            "phone",
		"email":            "email",
		"never_password":   "%s will never ask you for a password or a payment on this page.",
		"contact_phone":    "Questions? Call %s at %s.",
		"contact":          "Questions? Contact %s.",
		"err_dob":          "That date of birth does not match our records. Tries left: %d.",
		"err_dob_format":   "Enter your date of birth as numbers: month, day and a 4-digit year.",
		"err_code":         "That code is not right. Tries left: %d.",
		"err_code_expired": "That code has expired or was not sent yet. Ask for a new one.",
		"err_csrf":         "This page was open too long. Please try again.",
		"locked_title":     "This link is locked for now",
		"locked_body":      "There were too many tries. To protect you, the link is locked until %s (UTC). You can try again then.",
		"expired_title":    "This link has expired",
		"expired_body":     "For your privacy, secure links work only for a limited time. Please contact %s to get a new one.",
		"revoked_title":    "This link is no longer active",
		"revoked_body":     "%s has turned this link off. Please contact them if you still need the message.",
		"notfound_title":   "We could not find this link",
		"notfound_body":    "Check that you opened the whole link from your message, or contact %s.",
		"slow_title":       "Please wait a moment",
		"slow_body":        "There were too many requests. Please try again in a few minutes.",
		"error_title":      "Something went wrong",
		"error_body":       "Please try again in a few minutes.",
		"out_title":        "You are signed out",
		"out_body":         "To see your message again, open the link in the message you received.",
		"out_idle":         "You were signed out after %d minutes without activity.",
		"msg_title":        "Your secure message",
		"from":             "From",
		"date":             "Date",
		"subject":          "Subject",
		"photos":           "Photos",
		"photo_alt":        "Photo %d from %s",
		"files":            "Attachments",
		"download":         "Download",
		"remote_blocked":   "Some pictures from outside websites were blocked to protect your privacy.",
		"reply_heading":    "Reply securely",
		"reply_label":      "Your message",
		"photos_label":     "Add photos (optional)",
		"photos_hint":      "JPEG or PNG, up to %d photos, %d MB each.",
		"send":             "Send reply",
		"reply_sent":       "Your reply was sent securely to %s.",
		"reply_empty":      "Write a message or add a photo.",
		"reply_long":       "Your message is too long. Please keep it under %d characters.",
		"reply_type":       "Photos must be JPEG or PNG pictures.",
		"reply_size":       "Each photo must be smaller than %d MB.",
		"reply_count":      "You can add up to %d photos.",
		"logout":           "Sign out",
		"idle_note":        "For your privacy, you will be signed out after %d minutes without activity.",
		"idle_warn":        "You will be signed out soon because there was no activity.",
		"idle_left":        "Seconds left:",
		"stay":             "Stay signed in",
		"idle_title":       "Are you still there?",
		"idle_body":        "For your privacy, you will be signed out in %d seconds because there was no activity. To keep reading, choose Stay signed in.",
		"kept":             "You are still signed in.",
		"home_title":       "Secure messages from %s",
		"home_body":        "Open the link in the message you received to read it.",
	},
	"es": {
		"skip":             "Saltar al contenido principal",
		"title_landing":    "Mensaje seguro de %s",
		"why":              "Para proteger su privacidad, %s guarda este mensaje en su sitio web seguro en lugar de enviarlo por correo electrónico o texto. Solo usted puede abrirlo.",
		"dob_prompt":       "Escriba su fecha de nacimiento para ver su mensaje de %s.",
		"dob_legend":       "Fecha de nacimiento",
		"dob_hint":         "Por ejemplo, 27 3 1984",
		"month":            "Mes",
		"day":              "Día",
		"year":             "Año",
		"continue":         "Continuar",
		"code_prompt":      "Para ver su mensaje de %s, le enviaremos un código de 6 dígitos a su %s.",
		"code_send":        "Enviarme un código",
		"code_resend":      "Enviar un código nuevo",
		"code_label":       "Código de 6 dígitos",
		"code_sent":        "Le enviamos un código. Funciona durante %d minutos.",
		"code_wait":        "Se envió un código hace un momento. Espere un minuto antes de pedir otro.",
		"code_limit":       "Se pidieron demasiados códigos. Llame a %s para recibir ayuda.",
		"phone":            "teléfono",
		"email":            "correo electrónico",
		"never_password":   "%s nunca le pedirá una contraseña ni un pago en esta página.",
		"contact_phone":    "¿Preguntas? Llame a %s al %s.",
		"contact":          "¿Preguntas? Comuníquese con %s.",
		"err_dob":          "Esa fecha de nacimiento no coincide con nuestros registros. Intentos restantes: %d.",
		"err_dob_format":   "Escriba su fecha de nacimiento con números: día, mes y año de 4 dígitos.",
		"err_code":         "Ese código no es correcto. Intentos restantes: %d.",
		"err_code_expired": "Ese código venció o aún no se envió. Pida uno nuevo.",
		"err_csrf":         "Esta página estuvo abierta demasiado tiempo. Inténtelo de nuevo.",
		"locked_title":     "Este enlace está bloqueado por ahora",
		"locked_body":      "Hubo demasiados intentos. Para protegerle, el enlace está bloqueado hasta las %s (UTC). Podrá intentarlo de nuevo entonces.",
		"expired_title":    "Este enlace venció",
		"expired_body":     "Para su privacidad, los enlaces seguros funcionan solo por un tiempo limitado. Comuníquese con %s para recibir uno nuevo.",
		"revoked_title":    "Este enlace ya no está activo",
		"revoked_body":     "%s desactivó este enlace. Comuníquese con ellos si todavía necesita el mensaje.",
		"notfound_title":   "No encontramos este enlace",
		"notfound_body":    "Revise que abrió el enlace completo de su mensaje, o comuníquese con %s.",
		"slow_title":       "Espere un momento",
		"slow_body":        "Hubo demasiadas solicitudes. Inténtelo de nuevo en unos minutos.",
		"error_title":      "Algo salió mal",
		"error_body":       "Inténtelo de nuevo en unos minutos.",
		"out_title":        "Cerró la sesión",
		"out_body":         "Para ver su mensaje otra vez, abra el enlace del mensaje que recibió.",
		"out_idle":         "Se cerró su sesión después de %d minutos sin actividad.",
		"msg_title":        "Su mensaje seguro",
		"from":             "De",
		"date":             "Fecha",
		"subject":          "Asunto",
		"photos":           "Fotos",
		"photo_alt":        "Foto %d de %s",
		"files":            "Archivos adjuntos",
		"download":         "Descargar",
		"remote_blocked":   "Se bloquearon algunas imágenes de sitios externos para proteger su privacidad.",
		"reply_heading":    "Responder de forma segura",
		"reply_label":      "Su mensaje",
		"photos_label":     "Agregar fotos (opcional)",
		"photos_hint":      "JPEG o PNG, hasta %d fotos, %d MB cada una.",
		"send":             "Enviar respuesta",
		"reply_sent":       "Su respuesta se envió de forma segura a %s.",
		"reply_empty":      "Escriba un mensaje o agregue una foto.",
		"reply_long":       "Su mensaje es demasiado largo. Use menos de %d caracteres.",
		"reply_type":       "Las fotos deben ser imágenes JPEG o PNG.",
		"reply_size":       "Cada foto debe pesar menos de %d MB.",
		"reply_count":      "Puede agregar hasta %d fotos.",
		"logout":           "Cerrar sesión",
		"idle_note":        "Para su privacidad, su sesión se cerrará después de %d minutos sin actividad.",
		"idle_warn":        "Su sesión se cerrará pronto porque no hubo actividad.",
		"idle_left":        "Segundos restantes:",
		"stay":             "Seguir conectado",
		"idle_title":       "¿Sigue ahí?",
		"idle_body":        "Para su privacidad, su sesión se cerrará en %d segundos porque no hubo actividad. Para seguir leyendo, elija Seguir conectado.",
		"kept":             "Su sesión sigue abierta.",
		"home_title":       "Mensajes seguros de %s",
		"home_body":        "Abra el enlace del mensaje que recibió para leerlo.",
	},
}

// pickLang chooses "en" or "es" from an Accept-Language header, honouring
// q-values; ties keep header order.
func pickLang(header string) string {
	best, bestQ := "en", -1.0
	for _, part := range strings.Split(header, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		tag, q := part, 1.0
		if i := strings.IndexByte(part, ';'); i >= 0 {
			tag = strings.TrimSpace(part[:i])
			for _, p := range strings.Split(part[i+1:], ";") {
				p = strings.TrimSpace(p)
				if v, ok := strings.CutPrefix(p, "q="); ok {
					if f, err := strconv.ParseFloat(v, 64); err == nil {
						q = f
					}
				}
			}
		}
		base := strings.ToLower(tag)
		if i := strings.IndexByte(base, '-'); i >= 0 {
			base = base[:i]
		}
		if _, ok := langs[base]; ok && q > bestQ && q > 0 {
			best, bestQ = base, q
		}
	}
	return best
}
