/* store internals: the driver vtable both SQL backends implement, the shared
 * statement table, and row access helpers.  Nothing outside src/store/
 * includes this file.
 *
 * SQL is written once, in store/sql.c, with SQLite's numbered parameters
 * (?1, ?2 …); the PostgreSQL driver rewrites them to $1, $2 … when it
 * prepares.  Where the dialects differ a statement has a pg-specific text.
 * Results are materialised into a store__res whose values live in the
 * caller's arena: integers as int64, text as NUL-terminated strings. */
#ifndef CAUSERIE_STORE_INT_H
#define CAUSERIE_STORE_INT_H

#include "store/store.h"

typedef enum { STORE__NULL = 0, STORE__INT, STORE__TEXT } store__type;

typedef struct store__val {
    store__type t;
    int64_t i;
    const char *s;   /* NUL-terminated */
} store__val;

#define STORE__I(x) ((store__val){.t = STORE__INT, .i = (x)})
#define STORE__S(x) ((x) ? (store__val){.t = STORE__TEXT, .s = (x)} : (store__val){.t = STORE__NULL})
#define STORE__N    ((store__val){.t = STORE__NULL})

typedef struct store__res {
    size_t nrows, ncols;
    store__val *v;            /* nrows * ncols, row-major, arena-owned */
    int64_t changes;          /* rows changed by an INSERT/UPDATE/DELETE */
} store__res;

static inline const store__val *store__at(const store__res *r, size_t row, size_t col)
{
    return &r->v[row * r->ncols + col];
}
static inline int64_t store__int(const store__res *r, size_t row, size_t col)
{
    const store__val *v = store__at(r, row, col);
    return v->t == STORE__INT ? v->i : 0;
}
static inline const char *store__text(const store__res *r, size_t row, size_t col)
{
    const store__val *v = store__at(r, row, col);
    return v->t == STORE__TEXT ? v->s : NULL;
}

/* Statement ids: the table lives in sql.c. */
#include "store/sql.h"

typedef struct store__sql {
    const char *sqlite;   /* with ?N parameters */
    const char *pg;       /* NULL = same text, ?N rewritten to $N */
} store__sql;
extern const store__sql store__statements[STORE__STMT_COUNT];

/* Migrations: schema version N is reached by running step N-1's script. */
typedef struct store__migration {
    const char *sqlite;
    const char *pg;
} store__migration;
extern const store__migration store__migrations[];
extern const size_t store__migration_count;

typedef struct store__driver {
    const char *name;                      /* "sqlite", "postgresql" */
    /* Opens the connection in s->db; err gets a message on failure.
     * create: a database that does not exist yet may be created (not by a
     * pool's later connections: see store_pool_get). */
    store_status (*open)(store *s, const char *url, bool create, char *err, size_t errlen);
    void (*close)(store *s);
    /* Runs a script of several statements (migrations); no parameters. */
    store_status (*exec_script)(store *s, const char *sql);
    /* Runs statement stmt with params; out may be NULL when no rows are
     * wanted.  Unique violations return STORE_CONFLICT. */
    store_status (*query)(store *s, util_arena *a, int stmt, const store__val *params,
                          size_t nparams, store__res *out);
    store_status (*begin)(store *s);
    store_status (*commit)(store *s);
    store_status (*rollback)(store *s);
    /* SQLite only (NULL elsewhere): whether the connection's transaction is
     * still open, as SQLite may roll one back by itself on some errors.
     * A driver with it gets group commit in its pools (store.c). */
    bool (*tx_open)(store *s);
} store__driver;

typedef struct store__group store__group;

struct store {
    const store__driver *drv;
    void *db;                 /* the driver's connection */
    void **prepared;          /* STORE__STMT_COUNT slots, driver-owned */
    int tx_depth;             /* >0 inside store_begin */
    bool write_locked;        /* SQLite: holds the process's writer mutex */
    /* First error of the open transaction: once a statement fails inside a
     * transaction, every later query fails with it and the commit rolls
     * back and returns it (PostgreSQL aborts the transaction anyway; SQLite
     * is made to behave the same).  0 outside one. */
    store_status tx_error;
    char errmsg[256];         /* last driver error, for logs */
    /* Fault injection for tests: when > 0, the Nth query from now fails
     * with STORE_EIO (counts down on every query). */
    int fail_after;
    /* The pool's group commit queue (SQLite pools), NULL otherwise. */
    store__group *group;
};

extern const store__driver store__sqlite_driver;
extern const store__driver store__pg_driver;

/* Runs a statement through the driver, counting faults and logging errors. */
store_status store__query(store *s, util_arena *a, int stmt, const store__val *params,
                          size_t nparams, store__res *out);
/* Runs fn inside a transaction unless one is open: begin, fn, commit (or
 * rollback on error). */
store_status store__in_tx(store *s, store_status (*fn)(store *s, void *ctx), void *ctx);
/* Decodes row `row` of a result whose first columns are
 * STORE__COMMENT_COLS (store.c), for the other files of the store. */
void store__comment_row(const store__res *r, size_t row, store_comment *c);
/* Every row of r (STORE__COMMENT_COLS) as an arena array in *out, *n. */
void store__comment_rows(util_arena *a, const store__res *r, store_comment **out, size_t *n);

#endif
