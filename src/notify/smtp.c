/* smtp — the mail notifier: hands a composed message to the configured
 * SMTP server with libcurl.
 *
 * How it works: smtp.url is smtp://host[:port] (STARTTLS as smtp.starttls
 * says: "try" = CURLUSESSL_TRY, "required" = CURLUSESSL_ALL, "never") or
 * smtps://host[:port] (TLS from the start); smtp.user and smtp.password,
 * when set, are used for AUTH.  One curl handle per worker keeps the
 * connection open between mails.  The envelope is MAIL FROM = the sender
 * address and RCPT TO = the one recipient; the message is uploaded as is
 * (libcurl escapes lines starting with a dot).  A progress callback stops a
 * transfer when the worker is told to stop.  After a failed transfer the
 * connection is shut, so the next mail never reuses one left in the middle
 * of a dialogue.
 *
 * Outcome: 2xx = sent; a 5xx answer about the message or the recipient
 * (550 no such mailbox, 552, 553, 554, 501 …, at RCPT TO or at the end of
 * DATA) will never work = permanent;
 * everything else (connection refused, timeouts, 4xx, authentication or TLS
 * set-up problems, which an operator can fix) = retry later.
 *
 * Must never: send to more than the one recipient of the row; log the
 * password. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "notify/curl_api.h"
#include "notify/notify_int.h"

typedef struct smtp_state {
    CURL *curl;
    const util_config *cfg;
    const atomic_bool *stop;
    long use_ssl;
} smtp_state;

typedef struct reader {
    const char *p;
    size_t left;
} reader;

static size_t read_cb(char *buf, size_t size, size_t nitems, void *ud)
{
    reader *r = ud;
    size_t n = size * nitems;
    if (n > r->left)
        n = r->left;
    memcpy(buf, r->p, n);
    r->p += n;
    r->left -= n;
    return n;
}

static int progress_cb(void *ud, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
    const atomic_bool *stop = ud;
    return atomic_load(stop) ? 1 : 0;
}

static bool smtp_open(const util_config *cfg, const atomic_bool *stop, void **state, char *err,
                      size_t errlen)
{
    *state = NULL;
    const char *url = cfg->smtp_url ? cfg->smtp_url : "";
    if (!*url)
        return true;
    if (strncmp(url, "smtp://", 7) != 0 && strncmp(url, "smtps://", 8) != 0) {
        snprintf(err, errlen, "smtp.url: expected smtp://host[:port] or smtps://host[:port]");
        return false;
    }
    long use_ssl;
    const char *tls = cfg->smtp_starttls ? cfg->smtp_starttls : "try";
    if (strcmp(tls, "try") == 0)
        use_ssl = CURLUSESSL_TRY;
    else if (strcmp(tls, "required") == 0)
        use_ssl = CURLUSESSL_ALL;
    else if (strcmp(tls, "never") == 0)
        use_ssl = CURLUSESSL_NONE;
    else {
        snprintf(err, errlen, "smtp.starttls: expected try, required or never");
        return false;
    }
    if (strncmp(url, "smtps://", 8) == 0)
        use_ssl = CURLUSESSL_ALL;
    if (!notify__curl_init(err, errlen))
        return false;
    smtp_state *st = xcalloc(1, sizeof *st);
    st->curl = curl_easy_init();
    if (!st->curl) {
        free(st);
        snprintf(err, errlen, "smtp: libcurl could not start");
        return false;
    }
    st->cfg = cfg;
    st->stop = stop;
    st->use_ssl = use_ssl;
    *state = st;
    return true;
}

static void smtp_close(void *state)
{
    smtp_state *st = state;
    if (!st)
        return;
    curl_easy_cleanup(st->curl);
    free(st);
}

/* Shuts the connection the last transfer used, if libcurl kept it: its next
 * look at it finds it dead and closes it without a word (no QUIT to wait
 * for), and the next mail opens a new one. */
static void drop_connection(smtp_state *st)
{
    curl_socket_t sock = CURL_SOCKET_BAD;
    if (curl_easy_getinfo(st->curl, CURLINFO_ACTIVESOCKET, &sock) == CURLE_OK &&
        sock != CURL_SOCKET_BAD)
        shutdown(sock, SHUT_RDWR);
}

static bool permanent_code(long code)
{
    if (code < 500 || code > 599)
        return false;
    /* 530/534/535/538: authentication, 500/502/503/504: the server does not
     * understand us (configuration): an operator can fix those. */
    switch (code) {
    case 500: case 502: case 503: case 504: case 530: case 534: case 535: case 538:
        return false;
    default:
        return true;
    }
}

static notify__result smtp_send(void *state, const notify__message *m, char *err, size_t errlen)
{
    smtp_state *st = state;
    const util_config *cfg = st->cfg;
    CURL *c = st->curl;
    char errbuf[CURL_ERROR_SIZE] = "";
    reader r = {m->body, m->len};
    char from[300], to[300];
    snprintf(from, sizeof from, "<%s>", m->sender);
    snprintf(to, sizeof to, "<%s>", m->recipient);
    struct curl_slist *rcpt = curl_slist_append(NULL, to);

    curl_easy_setopt(c, CURLOPT_URL, cfg->smtp_url);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
    curl_easy_setopt(c, CURLOPT_READDATA, &r);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)m->len);
    curl_easy_setopt(c, CURLOPT_USE_SSL, st->use_ssl);
    if (cfg->smtp_user && *cfg->smtp_user) {
        curl_easy_setopt(c, CURLOPT_USERNAME, cfg->smtp_user);
        curl_easy_setopt(c, CURLOPT_PASSWORD, cfg->smtp_password ? cfg->smtp_password : "");
    }
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)cfg->notify_send_timeout);
    /* also bounds the wait for QUIT's answer when the worker stops (else
     * 120 s with a server that stopped answering) */
    curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, (long)cfg->notify_send_timeout);
    curl_easy_setopt(c, CURLOPT_MAXAGE_CONN, 60L);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress_cb);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, (void *)st->stop);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);

    CURLcode rc = curl_easy_perform(c);
    long code = 0;
    curl_off_t uploaded = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_getinfo(c, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, NULL);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);
    curl_slist_free_all(rcpt);
    if (rc == CURLE_OK)
        return NOTIFY__SENT;
    snprintf(err, errlen, "smtp: %s%s%s (last reply %ld)", curl_easy_strerror(rc),
             errbuf[0] ? ": " : "", errbuf, code);
    /* A failed transaction may leave the kept-open connection in the middle
     * of a dialogue (a timeout while the server still owes its reply to the
     * message: libcurl 7.88 keeps such a connection, and the next mail read
     * that late "250" as the answer to its own commands).  The next mail
     * starts on a new connection. */
    drop_connection(st);
    if (atomic_load(st->stop))
        return NOTIFY__RETRY;
    if ((rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR || rc == CURLE_LOGIN_DENIED ||
         rc == CURLE_QUOTE_ERROR) && permanent_code(code))
        return NOTIFY__PERMANENT;
    /* The server's answer to the message itself (after the whole body was
     * sent): libcurl calls a refusal there a "weird reply"; a 5xx about the
     * message (554 refused as spam, 552 too large) will never work. */
    if (rc == CURLE_WEIRD_SERVER_REPLY && uploaded == (curl_off_t)m->len && m->len > 0 &&
        permanent_code(code))
        return NOTIFY__PERMANENT;
    return NOTIFY__RETRY;
}

const notify__notifier notify__smtp = {
    .name = "smtp",
    .channel = "mail",
    .open = smtp_open,
    .close = smtp_close,
    .send = smtp_send,
};
