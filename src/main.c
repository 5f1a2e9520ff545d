/* main — the causerie command line: serve, demo, and the operator's
 * commands.  Reads the configuration (defaults, --config FILE, then
 * CAUSERIE_<SECTION>_<KEY> variables), refuses a bad one naming the key,
 * and on SIGTERM/SIGINT stops accepting, lets requests in flight finish and
 * closes the store.  While `serve` waits for those signals it gives freed
 * heap pages back every TRIM_S seconds (malloc_trim): glibc keeps one arena
 * per worker thread, and what a burst of connections freed on one thread
 * stayed resident while the next burst grew another (make bench's peak
 * RSS).  Before it starts, `serve` gives back the resident pages of
 * libmicrohttpd's TLS libraries (gnutls and what it links), which their
 * constructors faulted in and this server never runs (util/pages.c). */
#include <signal.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "api/api.h"
#include "notify/notify.h"
#include "http/http.h"
#include "moderation/mod.h"
#include "util/util.h"

static const char usage[] =
    "usage: causerie [--config FILE] COMMAND\n"
    "\n"
    "Commands:\n"
    "  serve              run the comment server\n"
    "  demo               serve the demo article page with its comments (fresh SQLite\n"
    "                     file unless CAUSERIE_STORE_URL or --config says otherwise)\n"
    "  config             print the configuration in effect (secrets masked)\n"
    "  migrate            bring the database schema up to date and exit\n"
    "  privacy export EMAIL   print everything held about an address (JSON)\n"
    "  privacy erase EMAIL    anonymise its comments, end its subscriptions\n"
    "  privacy retention      apply privacy.retention_days now\n"
    "  outbox [pending|failed|sent|all] [--limit N]   list queued mails and webhooks\n"
    "  admin add|passwd USER   add an editor / set a password (read from stdin);\n"
    "                     admin list\n"
    "  moderate list [--status pending|spam|rejected|reported|published|deleted]\n"
    "                     [--limit N] | show ID\n"
    "  moderate approve|reject|spam|ham|delete ID   decide as an editor (cli:$USER)\n"
    "  akismet-key add|revoke NAME | list   keys of the Akismet-compatible API\n"
    "                     (add prints the new key alone on one line)\n"
    "  train [--model F] (--spam|--ham) FILE|DIR...   train a spam model file\n"
    "  classify [--model F] FILE|DIR...   classify files with a model file\n"
    "\n"
    "Options:\n"
    "  --config FILE      read settings from an INI file\n"
    "  -h, --help         show this help\n"
    "  -V, --version      print the version\n"
    "\n"
    "Every setting can be given as an environment variable CAUSERIE_<SECTION>_<KEY>,\n"
    "e.g. CAUSERIE_SERVER_LISTEN=127.0.0.1:8080, CAUSERIE_STORE_URL=sqlite:/var/lib/causerie.db\n"
    "or postgresql://user@host/db, CAUSERIE_LIMITS_POSTS_PER_MINUTE=10.  See README.md.\n";

/* The arguments of an operator's command (argv[0] its name) with the
 * --config option, which main reads, taken out; into out (argc slots). */
static int command_args(int argc, char **argv, char **out)
{
    int n = 0;
    for (int k = 0; k < argc; k++) {
        if (k > 0 && !strcmp(argv[k], "--config") && k + 1 < argc)
            k++;
        else if (k == 0 || strncmp(argv[k], "--config=", 9) != 0)
            out[n++] = argv[k];
    }
    out[n] = NULL;
    return n;
}

/* How often the serving main thread trims the heap (a walk of each arena's
 * free chunks under its lock: tens of µs). */
#define TRIM_S 2

static int serve(util_config *cfg, bool demo)
{
    char err[512];
    /* Signals are taken by sigwait below, never by a worker thread. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    /* Every connection, idle event streams included, is a descriptor. */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rlim_t want = (rlim_t)cfg->max_connections + 256;
        if (rl.rlim_cur < want) {
            rl.rlim_cur = want < rl.rlim_max ? want : rl.rlim_max;
            if (setrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur < want)
                LOG_WARN("only %llu file descriptors: fewer connections than "
                         "limits.max_connections can be served",
                         (unsigned long long)rl.rlim_cur);
        }
    }
    /* Blocks of 128 KiB and more from mmap, given back whole when freed:
     * glibc's moving threshold would otherwise put the start-up's large
     * blocks (the abuse model's training tables, the policy's compiling)
     * in the heap after the first such free, leaving pages behind (0.5 MB
     * of steady RSS, bench/http/start-rss.sh). */
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    /* libmicrohttpd's TLS stack, which this server never runs: the
     * libraries' constructors (gnutls_global_init) faulted in ~2 MB of
     * their code and read-only data before main; given back before the
     * start-up's own peak (util/pages.c). */
    static const char *const tls_libs[] = {
        "libgnutls.so", "libp11-kit.so", "libtasn1.so", "libnettle.so", "libhogweed.so",
        "libgmp.so", "libidn2.so", "libunistring.so", "libffi.so",
    };
    size_t tls_bytes = util_release_library_pages(tls_libs, UTIL_ARRAY_LEN(tls_libs));
    LOG_DEBUG("gave back the resident pages of %zu KiB of TLS library mappings",
              tls_bytes / 1024);
    api_app *app = api_app_new(cfg, demo, err, sizeof err);
    if (!app) {
        fprintf(stderr, "causerie: %s\n", err);
        return 1;
    }
    if (demo && !api_demo_seed(app)) {
        fprintf(stderr, "causerie: could not seed the demo comments\n");
        api_app_free(app);
        return 1;
    }
    /* The outbox worker: mails and webhooks (notify/worker.c). */
    notify_worker *worker = NULL;
    if (cfg->notify_worker && !(worker = notify_worker_start(cfg, app->pool, app->secret, err,
                                                             sizeof err))) {
        fprintf(stderr, "causerie: %s\n", err);
        api_app_free(app);
        return 1;
    }
    http_server_config hc = {
        .listen = cfg->listen,
        .threads = cfg->threads,
        .body_limit = (size_t)cfg->body_limit,
        .large_body_limit = (size_t)cfg->policy_body_limit,
        .large_body_ok = api_large_body_ok,
        .authorize = api_admin_authorize,
        .trust_proxy = cfg->trust_proxy,
        .trusted_proxies = cfg->trusted_proxies,
        .max_connections = cfg->max_connections,
        .cors_origins = cfg->site_origins,
        .routes = api_routes,
        .nroutes = api_routes_count,
        .app = app,
    };
    http_server *srv = http_server_new(&hc, err, sizeof err);
    if (!srv) {
        fprintf(stderr, "causerie: %s\n", err);
        notify_worker_stop(worker);
        api_app_free(app);
        return 1;
    }
    app->server = srv;
    api_events_start(app);
    /* Starting (seeding the spam model, compiling the policy) freed more
     * than it keeps: give those pages back before serving, with this
     * thread's store connection and moderation scratch, which only the
     * start used (the workers have their own). */
    api_app_thread_done(app);
    malloc_trim(0);
    /* the port bound, not the one asked for: with port 0 the system picks
     * one, and "listening on 127.0.0.1:0" told the operator nothing */
    const char *colon = strrchr(cfg->listen, ':');
    int host_len = colon ? (int)(colon - cfg->listen) : (int)strlen(cfg->listen);
    LOG_INFO("causerie %s listening on %.*s:%d (store: %s)", CAUSERIE_VERSION, host_len,
             cfg->listen, http_server_port(srv),
             strncmp(cfg->store_url, "sqlite:", 7) == 0 ? cfg->store_url : "postgresql");
    if (colon && strcmp(colon, ":0") == 0 && strncmp(cfg->public_url, "http://", 7) == 0 &&
        strcmp(cfg->public_url + 7, cfg->listen) == 0)
        LOG_WARN("server.public_url is %s, which no browser reaches: the links of feeds and "
                 "mails are broken until server.public_url is set",
                 cfg->public_url);
    if (demo) {
        printf("Causerie demo: http://127.0.0.1:%d/\n", http_server_port(srv));
        fflush(stdout);
    }
    /* Serving: every TRIM_S seconds, give back the pages of freed memory
     * (malloc_trim: the worker threads' arenas keep what a burst of
     * connections freed, and the next burst may land on another thread). */
    int sig;
    for (;;) {
        struct timespec ts = {TRIM_S, 0};
        sig = sigtimedwait(&set, NULL, &ts);
        if (sig > 0)
            break;
        malloc_trim(0);
    }
    LOG_INFO("received %s: finishing requests in flight", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    api_events_stop(app);
    http_server_stop(srv, cfg->shutdown_grace);
    app->server = NULL;
    notify_worker_stop(worker);
    api_app_free(app);
    LOG_INFO("stopped cleanly");
    return 0;
}

int main(int argc, char **argv)
{
    /* Options may come before or after the command; the first word that is
     * not an option is the command, the rest are its arguments. */
    const char *config_file = NULL;
    const char *cmd = NULL;
    int cmd_index = 0;
    for (int k = 1; k < argc; k++) {
        const char *a = argv[k];
        if (cmd && strcmp(cmd, "serve") != 0 && strcmp(cmd, "demo") != 0 &&
            strcmp(cmd, "config") != 0 && strcmp(cmd, "migrate") != 0) {
            /* other commands parse their own arguments; only --config is ours */
            if (!strcmp(a, "--config") && k + 1 < argc)
                config_file = argv[++k];
            else if (!strncmp(a, "--config=", 9))
                config_file = a + 9;
            continue;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("causerie %s\n", CAUSERIE_VERSION);
            return 0;
        } else if (!strcmp(a, "--config")) {
            if (k + 1 >= argc) {
                fprintf(stderr, "causerie: --config needs a file name\n");
                return 2;
            }
            config_file = argv[++k];
        } else if (!strncmp(a, "--config=", 9)) {
            config_file = a + 9;
        } else if (a[0] == '-') {
            fprintf(stderr, "causerie: unknown option %s\n\n%s", a, usage);
            return 2;
        } else if (!cmd) {
            cmd = a;
            cmd_index = k;
        } else {
            fprintf(stderr, "causerie: %s takes no argument \"%s\"\n", cmd, a);
            return 2;
        }
    }
    if (!cmd) {
        fputs(usage, stderr);
        return 2;
    }
    (void)cmd_index;
    bool demo = strcmp(cmd, "demo") == 0;
    char tmpdir[] = "/tmp/causerie-demo-XXXXXX";
    bool own_tmp = false;   /* the demo's fresh directory, removed at the end */
    if (demo && !config_file && !getenv("CAUSERIE_STORE_URL")) {
        /* The demo runs on a fresh SQLite file of its own. */
        if (!mkdtemp(tmpdir)) {
            perror("causerie: mkdtemp");
            return 1;
        }
        own_tmp = true;
        char url[128];
        snprintf(url, sizeof url, "sqlite:%s/demo.db", tmpdir);
        setenv("CAUSERIE_STORE_URL", url, 1);
    }
    util_config cfg;
    char err[512];
    if (!util_config_load(&cfg, config_file, err, sizeof err)) {
        fprintf(stderr, "causerie: configuration error: %s\n", err);
        util_config_free(&cfg);
        return 2;
    }
    util_log_set_level(util_log_level_parse(cfg.log_level));
    int rc;
    if (demo || !strcmp(cmd, "serve")) {
        rc = serve(&cfg, demo);
    } else if (!strcmp(cmd, "config")) {
        util_buf b = {0};
        util_config_dump(&cfg, &b);
        fputs(b.data, stdout);
        util_buf_free(&b);
        rc = 0;
    } else if (!strcmp(cmd, "migrate")) {
        store_pool *p = store_pool_new(cfg.store_url, err, sizeof err);
        if (!p)
            fprintf(stderr, "causerie: %s\n", err);
        else
            printf("schema is up to date\n");
        store_pool_free(p);
        rc = p ? 0 : 1;
    } else if (!strcmp(cmd, "admin") || !strcmp(cmd, "moderate") ||
               !strcmp(cmd, "akismet-key") || !strcmp(cmd, "train") ||
               !strcmp(cmd, "classify")) {
        char **args = xcalloc((size_t)(argc - cmd_index) + 1, sizeof *args);
        int n = command_args(argc - cmd_index, argv + cmd_index, args);
        rc = !strcmp(cmd, "admin")      ? api_cli_admin(&cfg, n, args)
             : !strcmp(cmd, "moderate") ? api_cli_moderate(&cfg, n, args)
             : !strcmp(cmd, "train")    ? mod_cli_train(n, args)
             : !strcmp(cmd, "classify") ? mod_cli_classify(n, args)
                                        : api_cli_akismet_key(&cfg, n, args);
        free(args);
    } else if (!strcmp(cmd, "privacy") || !strcmp(cmd, "outbox")) {
        /* the command's own arguments, --config left out */
        char **args = xcalloc((size_t)argc + 1, sizeof *args);
        int n = 0;
        for (int k = cmd_index; k < argc; k++) {
            if (!strcmp(argv[k], "--config") && k + 1 < argc)
                k++;
            else if (strncmp(argv[k], "--config=", 9) != 0)
                args[n++] = argv[k];
        }
        rc = !strcmp(cmd, "privacy") ? notify_cli_privacy(&cfg, n, args)
                                     : notify_cli_outbox(&cfg, n, args);
        free(args);
    } else {
        fprintf(stderr, "causerie: unknown command \"%s\"\n\n%s", cmd, usage);
        rc = 2;
    }
    util_config_free(&cfg);
    if (own_tmp) {   /* the demo's SQLite file and its companions */
        static const char *const files[] = {"demo.db", "demo.db-wal", "demo.db-shm", "demo.db-journal"};
        char path[sizeof tmpdir + 32];
        for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
            snprintf(path, sizeof path, "%s/%s", tmpdir, files[i]);
            unlink(path);
        }
        rmdir(tmpdir);
    }
    return rc;
}
