// Generated from the spec by `npm run types:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/org/v1/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service accounts (inferred)
         * @description Lists the organization's service accounts, one page at a time (inferred: the vendor's
         *     pages seen for this document do not include this operation; its path, method and
         *     shape follow the API's conventions — a collection `GET` beside the `POST` that creates,
         *     and the Pagination page's `limit`, `marker` and `{items, marker?}` "for all list
         *     operations").
         *
         *     Pass the `marker` of one page to get the next; the last page has no `marker`. Items
         *     come in creation order (inferred), and samock's marker names a position in that
         *     order, not an offset: a walk through the pages sees every account that existed when
         *     it started exactly once, even while accounts are created or deleted meanwhile.
         */
        get: operations["listServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description Creates a service account (from the vendor's create-service-account page). Both
         *     `username` and `description` are required. No conflict (409) is documented and no
         *     rule for `username` is documented: samock accepts any string, and a duplicate
         *     username creates another account with a new id (inferred; see "Duplicate usernames"
         *     in the document description).
         */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/v1/service-accounts/{sa}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A service account ID (from the public API reference). */
                sa: components["parameters"]["sa"];
            };
            cookie?: never;
        };
        /**
         * Describe a service account
         * @description Describes one service account (from the public API reference). An unknown id answers
         *     404. The answer never contains a key.
         */
        get: operations["describeServiceAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a service account (inferred)
         * @description Deletes the service account; its keys stop authenticating (inferred: the vendor's
         *     pages seen for this document do not include this operation; the overview says a
         *     `DELETE` answers a 2xx status with an empty body). samock answers **204** with no
         *     body (inferred: the status for "success, no content"). An unknown id, or one already
         *     deleted, answers 404.
         */
        delete: operations["deleteServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/v1/service-accounts/{sa}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A service account ID (from the public API reference). */
                sa: components["parameters"]["sa"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a service account key
         * @description Creates a key for the service account (from the public API reference). The secret
         *     `key` appears in this response only; store it at once. Send it as
         *     `Authorization: Bearer <key>` to act as the service account. A key with `expiresAt`
         *     stops authenticating at that time (401; from the public API reference: "the time when
         *     the service account key expires"); without it, it does not expire (inferred: the field
         *     is optional and no default lifetime is documented).
         *     An `expiresAt` that is not in the future answers 400 (inferred). An unknown service
         *     account answers 404 (inferred from the 404 description, "the resource or dependent
         *     resources involved in the requested operation do not exist").
         *
         *     The request body is required; send `{}` for a key that does not expire (inferred: the
         *     reference documents a body schema and does not mark the body optional).
         */
        post: operations["createServiceAccountKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of every error response (from the vendor's create-service-account page). */
        Error: {
            /**
             * @description An error message.
             * @example The service account "7Q2M4X9T1B3N5V8ZKLCA" does not exist.
             */
            message: string;
        };
        /**
         * @description A resource ID: 1–20 upper-case letters and digits (from the public API reference).
         *     Not a UUID.
         * @example 7Q2M4X9T1B3N5V8ZKLCA
         */
        ResourceId: string;
        /**
         * @description A service account, as answered by create, describe and list (from the vendor's
         *     create-service-account page). Never contains a key.
         */
        ServiceAccount: {
            createdAt: components["schemas"]["Timestamp"];
            /** @description The description of the service account. */
            description: string;
            id: components["schemas"]["ResourceId"];
            updatedAt: components["schemas"]["Timestamp"];
            username: components["schemas"]["Username"];
        };
        /**
         * @description A new service account key (from the public API reference). The only object that
         *     carries the secret `key`.
         */
        ServiceAccountKey: {
            createdAt: components["schemas"]["Timestamp"];
            expiresAt?: components["schemas"]["Timestamp"];
            id: components["schemas"]["ResourceId"];
            /** @description The service account key. Shown only in this response; send it as `Authorization: Bearer <key>`. */
            key: string;
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description The body of `createServiceAccountKey` (from the public API reference). */
        ServiceAccountKeySpec: {
            expiresAt?: components["schemas"]["Timestamp"];
        };
        /**
         * @description One page of a list (from the public API reference's Pagination page): `items`, and
         *     `marker` only when more items follow.
         */
        ServiceAccountList: {
            items: components["schemas"]["ServiceAccount"][];
            /**
             * @description The pagination token for the next page; absent on the last page. Opaque.
             * @example c2VxOjE
             */
            marker?: string;
        };
        /** @description The body of `createServiceAccount` (from the vendor's create-service-account page). */
        ServiceAccountSpec: {
            /** @description The description of the service account. */
            description: string;
            username: components["schemas"]["Username"];
        };
        /**
         * Format: date-time
         * @description An RFC 3339 date-time (from the vendor's create-service-account page). samock answers UTC with milliseconds.
         * @example 2026-01-15T10:30:00.000Z
         */
        Timestamp: string;
        /**
         * @description The username of the service account (from the vendor's create-service-account page).
         *     The page gives no type, pattern or length; a string is inferred (the field is a name
         *     and sits beside the string `description`). No rule is enforced: any string is
         *     accepted, the empty string included (inferred: "required" says the field must be
         *     present, not that it must be non-empty), and duplicates are allowed (inferred; see
         *     "Duplicate usernames" in the document description).
         * @example etl-nightly
         */
        Username: string;
    };
    responses: {
        /**
         * @description The requested operation cannot be performed because the request is malformed (from
         *     the vendor's create-service-account page). samock's message names the field and the
         *     rule; a body that is not `application/json` is answered 400 as well (inferred: the
         *     vendor documents no other status for it).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The requested operation failed with an error (from the vendor's create-service-account
         *     page): any other 4xx or 5xx status, in the same shape. samock sends 405 for a wrong
         *     method, 413 for a body over 1 MiB, and 500 or 503 only when asked (`Prefer`, faults).
         */
        Default: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The identity is not allowed to perform the requested operation for the resource
         *     involved (from the vendor's create-service-account page).
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The resource or dependent resources involved in the requested operation do not exist
         *     (from the public API reference).
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The requested operation cannot be performed because the request lacks valid
         *     authentication credentials (from the vendor's create-service-account page): no
         *     `Authorization` header, another scheme than `Bearer`, or an invalid or expired token
         *     or key.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The maximum number of items to return (from the public API reference's Pagination
         *     page). The bounds 1–100 and the default 50 are inferred: the vendor documents none.
         *     A limit outside them answers 400 (inferred: samock refuses rather than caps, so a
         *     client tested against it never relies on pages larger than 100; see
         *     `docs/decisions/0019-lakesail-inferred-behaviour.md`).
         */
        limit: number;
        /**
         * @description Where the page starts: the `marker` of the previous page, passed unchanged (from the
         *     public API reference's Pagination page). It is opaque; do not build or interpret one.
         *     A marker the server did not issue answers 400 (inferred).
         */
        marker: string;
        /** @description A service account ID (from the public API reference). */
        sa: components["schemas"]["ResourceId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listServiceAccounts: {
        parameters: {
            query?: {
                /**
                 * @description The maximum number of items to return (from the public API reference's Pagination
                 *     page). The bounds 1–100 and the default 50 are inferred: the vendor documents none.
                 *     A limit outside them answers 400 (inferred: samock refuses rather than caps, so a
                 *     client tested against it never relies on pages larger than 100; see
                 *     `docs/decisions/0019-lakesail-inferred-behaviour.md`).
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Where the page starts: the `marker` of the previous page, passed unchanged (from the
                 *     public API reference's Pagination page). It is opaque; do not build or interpret one.
                 *     A marker the server did not issue answers 400 (inferred).
                 */
                marker?: components["parameters"]["marker"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of service accounts (inferred). Never contains a key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Default"];
        };
    };
    createServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceAccountSpec"];
            };
        };
        responses: {
            /** @description The service account was created successfully (from the vendor's create-service-account page). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Default"];
        };
    };
    describeServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A service account ID (from the public API reference). */
                sa: components["parameters"]["sa"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The information about the service account is returned (from the public API reference). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    deleteServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A service account ID (from the public API reference). */
                sa: components["parameters"]["sa"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account was deleted. No body (inferred). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
    createServiceAccountKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A service account ID (from the public API reference). */
                sa: components["parameters"]["sa"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceAccountKeySpec"];
            };
        };
        responses: {
            /** @description The service account key was created successfully (from the public API reference). The only response that carries `key`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Default"];
        };
    };
}
