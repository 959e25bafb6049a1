"""The two ways out: e-mail over SMTP (smtplib) and chat/push services through Apprise URLs. Each
send either works or raises DeliveryError with a one-line reason that names no secret."""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from pipeline.deliver.message import Message, one_line
from pipeline.errors import BriefError

_ADDRESS = re.compile(r"[^@\s<>,;\"']+@[^@\s<>,;\"']+\.[^@\s<>,;\"']+")


class DeliveryError(BriefError):
    """A message could not be delivered to one recipient."""


LOOPBACK = ("localhost", "127.0.0.1", "::1")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    sender: str
    security: str = "starttls"  # starttls | tls | none
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    ca_file: str | None = None  # CA certificates (PEM) to trust; default: the system's

    def context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise DeliveryError(
                f"cannot read smtp_ca_file {self.ca_file}: {exc} — give a PEM file of CA certificates"
            ) from None


def is_address(target: str) -> bool:
    """An e-mail address (sent over SMTP); anything else is an Apprise URL."""
    return bool(_ADDRESS.fullmatch(target))


def mistyped_address(target: str) -> bool:
    """Meant as an e-mail address, but none ("desk@example,org"): no scheme://, an @."""
    return "://" not in target and "@" in target and not is_address(target)


def describe(target: str) -> str:
    """A recipient as logs may show it: an address (or what was meant as one) as is, a URL as scheme://host (its
    path and query often hold tokens)."""
    if is_address(target) or mistyped_address(target):
        return target
    parts = urlsplit(target)
    return f"{parts.scheme}://{parts.hostname or ''}" if parts.scheme else "an Apprise URL that does not parse"


def send_email(config: SmtpConfig, recipient: str, message: Message) -> None:
    """One multipart message (plain text + HTML) to one recipient."""
    if not is_address(recipient):
        raise DeliveryError(f"{recipient!r} is not an e-mail address")
    mail = EmailMessage()
    mail["Subject"] = one_line(message.subject)  # a watchlist's name may hold a line break (no header may)
    mail["From"] = config.sender
    mail["To"] = recipient
    mail["Date"] = format_datetime(datetime.now(UTC))  # "+0000" (RFC 5322); formatdate's "-0000": zone unknown
    mail["Message-ID"] = make_msgid(domain=config.sender.rpartition("@")[2] or None)
    mail.set_content(message.text)
    mail.add_alternative(message.html, subtype="html")
    if config.security == "none" and config.username and config.host not in LOOPBACK:
        raise DeliveryError(
            f"will not send the SMTP password to {config.host} unencrypted — set smtp_security = starttls or tls"
        )
    context = config.context() if config.security != "none" else None
    try:
        if config.security == "tls":
            connection = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=context)
        else:
            connection = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        with connection as smtp:
            smtp.ehlo()
            if config.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if config.username:
                if not smtp.has_extn("auth"):
                    raise DeliveryError(f"{config.host}:{config.port} offers no login (AUTH) — unset smtp_username")
                smtp.login(config.username, config.password or "")
            smtp.send_message(mail, from_addr=config.sender, to_addrs=[recipient])
    except smtplib.SMTPRecipientsRefused as exc:
        code, reason = next(iter(exc.recipients.values()), (0, b""))
        raise DeliveryError(f"the server refused {recipient}: {code} {_text(reason)}") from None
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(
            f"{config.host}:{config.port} offers no STARTTLS — on port 465 set smtp_security = tls; "
            "smtp_security = none only on a trusted network"
        ) from None
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(
            f"the certificate of {config.host} is not trusted: {exc.verify_message} — "
            "set smtp_ca_file to the CA that signed it"
        ) from None
    except ssl.SSLError as exc:
        raise DeliveryError(
            f"no TLS with {config.host}:{config.port} ({exc.reason or exc}) — port 465 speaks TLS at once "
            "(smtp_security = tls), 587 upgrades with STARTTLS (smtp_security = starttls)"
        ) from None
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(
            f"{config.host} refused the login: {exc.smtp_code} — check smtp_username/smtp_password"
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"{config.host} answered {exc.smtp_code} {_text(exc.smtp_error)}") from None
    except (smtplib.SMTPException, OSError) as exc:
        hint = (
            " — is it a TLS port? set smtp_security = tls"
            if isinstance(exc, (TimeoutError, smtplib.SMTPServerDisconnected))
            else ""
        )
        raise DeliveryError(
            f"cannot send through {config.host}:{config.port}: {exc or type(exc).__name__}{hint}"
        ) from None


def _text(reason: bytes | str) -> str:
    return (
        (reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)).splitlines()[0]
        if reason
        else ""
    )


def send_apprise(url: str, title: str, body: str) -> None:
    """One notification through one Apprise URL (plain text)."""
    import apprise

    if mistyped_address(url):  # taken for an Apprise URL, it read "an Apprise URL that does not parse …"
        raise DeliveryError(f"{url!r} is not an e-mail address (nor an Apprise URL) — check its spelling")
    notifier = apprise.Apprise()
    if not notifier.add(url):
        raise DeliveryError(f"{describe(url)} is not an Apprise URL Apprise understands")
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as said:  # its answer, kept for the reason
        taken = notifier.notify(body=body, title=title, body_format=apprise.NotifyFormat.TEXT)
    if not taken:
        # Apprise's warning names the host, never the URL's path or token ("A Connection error occurred …")
        answer = one_line(said.getvalue().strip().splitlines()[-1]) if said.getvalue().strip() else ""
        raise DeliveryError(f"{describe(url)} did not take the notification" + (f": {answer[:200]}" if answer else ""))


def webhook_target(url: str, subject: str, body: str) -> str:
    """The Apprise URL that POSTs what the `notify_webhook` setting always sent to `url` — JSON
    {"text": "subject: body", "subject", "body"} (Slack and Teams read `text`) — through Apprise's
    json:// plugin: its title field renamed, its other fields dropped, `text` and `body` added;
    the webhook's own query parameters passed on as they were."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryError(f"notify_webhook {describe(url)} is not an http(s) URL")
    fields = {":title": "subject", ":message": "", ":version": "", ":attachments": "", ":type": ""}
    fields |= {":text": f"{subject}: {body}", ":body": body}
    query = urlencode(
        {**{f"-{k}": v for k, v in parse_qsl(parts.query, keep_blank_values=True)}, **fields}, quote_via=quote
    )
    scheme = "jsons" if parts.scheme == "https" else "json"
    return urlunsplit((scheme, parts.netloc, parts.path or "/", query, ""))
