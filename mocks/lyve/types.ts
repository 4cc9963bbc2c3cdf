// Generated from the spec by `npm run types:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain a bearer token
         * @description Exchanges the account's API credentials for a time-bound token, to be sent as
         *     `Authorization: Bearer <token>` on every other request. The default expiration is 24
         *     hours; after it, requests answer 400 `ExpiredToken` and the client must obtain a new
         *     token (from the public API reference). This operation needs no token. Wrong credentials
         *     answer 403 `AuthenticationFailed` ("Authentication failed.", from the reference's
         *     error-code table). samock: with strict auth only its own account's credentials are
         *     right (README); permissive auth takes any, except the reserved secret `invalid`.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List permissions
         * @description Lists all the permissions of the account; optionally filtered by exact `name` to get a
         *     single permission (from the public API reference).
         */
        get: operations["listPermissions"];
        put?: never;
        /**
         * Create a permission
         * @description Creates a bucket or policy permission (from the public API reference). Like service
         *     accounts, a new permission is processed asynchronously across regions: its `readyState`
         *     is false at first (from the public API reference: `readyState` field and
         *     409 `PermissionNotReady`). A name already in use answers 409
         *     `PermissionNameAlreadyExists` (from the public API reference's error-code table).
         */
        post: operations["createPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permissions/{permissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The permission's id. The public API reference calls it a "Numeric ID" but types it as a
                 *     string; clients should treat it as opaque.
                 */
                permissionId: components["parameters"]["permissionId"];
            };
            cookie?: never;
        };
        /**
         * Get a permission by id
         * @description Retrieves one permission (from the public API reference). An unknown id answers 404 `PermissionNotFound`.
         */
        get: operations["getPermission"];
        /**
         * Update a permission
         * @description Replaces the permission's name, description, type, actions and scope (from the public
         *     API reference). Answers 404 `PermissionNotFound` for an unknown id, 409
         *     `PermissionNameAlreadyExists` when the new name belongs to another permission and 409
         *     `PermissionNotReady` while the permission is still being processed (from the public API
         *     reference's error-code table; which of them this operation answers is inferred from
         *     their messages).
         */
        put: operations["updatePermission"];
        post?: never;
        /**
         * Delete a permission
         * @description Deletes the permission (from the public API reference). Answers 404
         *     `PermissionNotFound` for an unknown id and 409 `PermissionNotReady` while it is still
         *     being processed (inferred from the error-code table's message, by analogy with service
         *     accounts).
         */
        delete: operations["deletePermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service accounts
         * @description Lists the account's service accounts, optionally filtered by exact `name` (from the
         *     public API reference). Never contains an access key or secret.
         */
        get: operations["listServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description Creates a service account and generates its credentials, the access key and the secret
         *     key. "This information must be saved at account creation, as you cannot recover key
         *     details afterwards." Buckets and permissions must exist first: `permissions` is
         *     required and must hold at least one permission id (from the vendor's
         *     create-service-account page). An unknown permission id answers 404
         *     `PermissionNotFound` (from the public API reference's error-code table; its use here is
         *     inferred from the message).
         *
         *     The 200 means the request "was successfully sent": some regions may still be processing
         *     it, so the new account has `readyState: false`; to use it at once, retry
         *     `GET /service-accounts/{serviceAccountId}` until `readyState` is true (from the vendor's
         *     create-service-account page). Until then update, enable, disable and delete answer 409
         *     `ServiceAccountNotReady`.
         *
         *     Documented errors (from the vendor's create-service-account page): 400 "Invalid service
         *     account information", 403 "The account has no services enabled", 409 "The service
         *     account name already exists. The service account name must be unique.", 500, 503.
         *
         *     **Discrepancy: `PUT` with a trailing slash.** The vendor's create-service-account page
         *     documents `POST /service-accounts`, but its code samples (Go, Java, JavaScript, Python,
         *     Ruby) all send `PUT https://api.lyvecloud.seagate.com/v2/service-accounts/`, with a
         *     trailing slash; all but the JavaScript one send an empty `{}` body. samock accepts a
         *     trailing slash on every path, so `POST /v2/service-accounts/` creates. It does **not**
         *     treat `PUT /service-accounts` as create: it answers 405 with `Allow: GET, POST`, because
         *     the reference table documents `POST`, and `PUT` on `/service-accounts` has no id to
         *     update. An empty `{}` body fails validation (400 `InvalidArgument`: `name` and
         *     `permissions` are required). See `x-samock-discrepancies` and
         *     `docs/decisions/0002-lyve-put-create-discrepancy.md`.
         */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-accounts/{serviceAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
                 *     as a string; clients should treat it as opaque.
                 */
                serviceAccountId: components["parameters"]["serviceAccountId"];
            };
            cookie?: never;
        };
        /**
         * Get a service account by id
         * @description Retrieves one service account, including its permission ids and `readyState`; clients
         *     poll this after create until `readyState` is true (from the vendor's
         *     create-service-account page). Never contains the access key or secret. An unknown id
         *     answers 404 `ServiceAccountNotFound` (from the public API reference's error-code table).
         *     An account past its `expirationDate` is still answered: the vendor documents
         *     `ServiceAccountExpired` only for enable and disable (its messages name those actions), so
         *     get, update and delete treat it like any other account (inferred from that silence).
         */
        get: operations["getServiceAccount"];
        /**
         * Update a service account
         * @description Updates the name, description and permissions of the service account. "The secret
         *     credentials are not generated when you update" (from the public API reference): the
         *     answer is a text confirmation, never a new secret. Answers 404 `ServiceAccountNotFound`
         *     (unknown id) or `PermissionNotFound` (unknown permission id), 409
         *     `ServiceAccountNameAlreadyExists` (the name belongs to another service account) or
         *     `ServiceAccountNotReady` (`readyState` still false).
         */
        put: operations["updateServiceAccount"];
        post?: never;
        /**
         * Delete a service account
         * @description Deletes the service account; its credentials stop working (from the public API
         *     reference). Answers 404 `ServiceAccountNotFound` for an unknown id and 409
         *     `ServiceAccountNotReady` while `readyState` is false.
         */
        delete: operations["deleteServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-accounts/{serviceAccountId}/enabled": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
                 *     as a string; clients should treat it as opaque.
                 */
                serviceAccountId: components["parameters"]["serviceAccountId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Enable a service account
         * @description Enables the service account so its secret credentials can be used (from the public API
         *     reference). No request body. Answers 404 `ServiceAccountNotFound` (unknown id) or
         *     `ServiceAccountExpired` ("The service account has expired. Couldn't enable the expired
         *     service.") and 409 `ServiceAccountNotReady` while `readyState` is false. Enabling an
         *     enabled account succeeds again (inferred: the vendor documents no error for it).
         */
        put: operations["enableServiceAccount"];
        post?: never;
        /**
         * Disable a service account
         * @description Disables the service account; its credentials stop authenticating until it is enabled
         *     again (from the public API reference). No request body. Answers 404
         *     `ServiceAccountNotFound` (unknown id) or `ServiceAccountExpired` ("The service account
         *     has expired. Couldn't disable the expired service.") and 409 `ServiceAccountNotReady`
         *     while `readyState` is false. Disabling a disabled account succeeds again (inferred: the
         *     vendor documents no error for it).
         */
        delete: operations["disableServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The body of every error response, `application/json` with a 4xx or 5xx status (from the
         *     public API reference).
         */
        Error: {
            /**
             * @description Identifies the error; meant for programs that handle errors by type (from the public
             *     API reference). Known values and statuses (from its error-code table):
             *     400 `InvalidArgument`, `InvalidToken`, `ExpiredToken` (also `InvalidTimeRange`,
             *     `InvalidBucketName` for usage and audit-log calls outside this document);
             *     403 `AuthenticationFailed`, `NoServiceAvailable`;
             *     404 `ServiceAccountNotFound`, `ServiceAccountExpired`, `PermissionNotFound`,
             *     `BucketNotFound`;
             *     409 `ServiceAccountNameAlreadyExists`, `ServiceAccountNotReady`,
             *     `PermissionNameAlreadyExists`, `PermissionNotReady`;
             *     500 `InternalError`; 503 `ServiceNotReady`.
             *     Not a closed enum: a real server may add codes.
             * @example InvalidArgument
             * @example InvalidToken
             * @example ExpiredToken
             * @example AuthenticationFailed
             * @example NoServiceAvailable
             * @example ServiceAccountNotFound
             * @example ServiceAccountExpired
             * @example PermissionNotFound
             * @example ServiceAccountNameAlreadyExists
             * @example ServiceAccountNotReady
             * @example PermissionNameAlreadyExists
             * @example PermissionNotReady
             * @example InternalError
             * @example ServiceNotReady
             */
            code: string;
            /**
             * @description A description of the error condition; programs may show it to the end user (from
             *     the public API reference).
             * @example Token expired.
             * @example Service account was not found.
             */
            message: string;
        };
        /**
         * @description One permission, as answered by `getPermission`: the summary fields plus `actions` and
         *     the scope field that matches `type` (from the public API reference).
         */
        Permission: {
            actions: components["schemas"]["PermissionActions"];
            /** @description Present for `type` `bucket-names`. */
            buckets?: string[];
            /**
             * Format: date-time
             * @example 2025-01-15T10:30:00Z
             */
            createTime: string;
            description: string;
            /** @example 100001 */
            id: string;
            name: components["schemas"]["ResourceName"];
            /** @description Present for `type` `policy`. */
            policy?: string;
            /** @description Present for `type` `bucket-prefix`. */
            prefix?: string;
            /** @description False while some regions are still processing the permission; true once it is usable. */
            readyState: boolean;
            type: components["schemas"]["PermissionType"];
        };
        /**
         * @description What the permission allows on its buckets: all operations (read, write, delete and
         *     list), read only, or write only (from the public API reference).
         * @enum {string}
         */
        PermissionActions: "all-operations" | "read-only" | "write-only";
        /**
         * @description The body of `createPermission` and `updatePermission` (from the public API reference).
         *     The server requires `prefix` when `type` is `bucket-prefix`, `buckets` when it is
         *     `bucket-names` and `policy` when it is `policy`, and answers 400 `InvalidArgument`
         *     otherwise (inferred: the reference lists these fields as optional, yet each type is
         *     meaningless without its field).
         */
        PermissionCreate: {
            actions: components["schemas"]["PermissionActions"];
            /**
             * @description Bucket names, for `type` `bucket-names`.
             * @example [
             *       "customer01rawdata",
             *       "customer01media"
             *     ]
             */
            buckets?: string[];
            /** @description Description of the permission. */
            description?: string;
            name: components["schemas"]["ResourceName"];
            /** @description An AWS IAM-compatible JSON policy document as a string, for `type` `policy`. */
            policy?: string;
            /**
             * @description Bucket-name prefix, for `type` `bucket-prefix` (e.g. `customer01`).
             * @example customer01
             */
            prefix?: string;
            type: components["schemas"]["PermissionType"];
        } & (unknown & unknown & unknown);
        /** @description The answer to `createPermission`, the new permission's id (from the public API reference). */
        PermissionCreated: {
            /** @example 100001 */
            id: string;
        };
        /**
         * @description One entry of `listPermissions` (from the public API reference). `description` is an
         *     empty string when none was given (inferred).
         */
        PermissionSummary: {
            /**
             * Format: date-time
             * @description When the permission was created.
             * @example 2025-01-15T10:30:00Z
             */
            createTime: string;
            description: string;
            /** @example 100001 */
            id: string;
            name: components["schemas"]["ResourceName"];
            /** @description False while some regions are still processing the permission; true once it is usable. */
            readyState: boolean;
            type: components["schemas"]["PermissionType"];
        };
        /**
         * @description Which buckets the permission applies to (from the public API reference): `all-buckets`
         *     (all current and future buckets of the account), `bucket-prefix` (all buckets whose
         *     names start with `prefix`), `bucket-names` (the buckets listed in `buckets`), or
         *     `policy` (an AWS IAM-compatible JSON policy in `policy`).
         * @enum {string}
         */
        PermissionType: "all-buckets" | "bucket-prefix" | "bucket-names" | "policy";
        /**
         * @description A service-account or permission name: only alphanumeric, '-', '_' or space; maximum
         *     length 128 characters (from the vendor's create-service-account page; the same rule for
         *     permissions from the public API reference). Unique within the account. The minimum
         *     length of 1 is inferred (the name is required).
         * @example backup-agent 01
         */
        ResourceName: string;
        /**
         * @description One service account, as answered by `getServiceAccount` (from the public API
         *     reference). Never contains the secret or the access key.
         */
        ServiceAccount: {
            description: string;
            /** @description Whether the credentials can be used; true after create (inferred), toggled by enable/disable. */
            enabled: boolean;
            /** @example 200001 */
            id: string;
            name: components["schemas"]["ResourceName"];
            /**
             * @description The ids of the permissions applied to the service account.
             * @example [
             *       "100001"
             *     ]
             */
            permissions: string[];
            /** @description False until every region has processed the create; then true. Poll until true before using the account. */
            readyState: boolean;
        };
        /**
         * @description The body of `createServiceAccount` and `updateServiceAccount` (from the vendor's
         *     create-service-account page; the update page documents the same three fields).
         */
        ServiceAccountCreate: {
            /** @description Description of the new service account (optional). */
            description?: string;
            name: components["schemas"]["ResourceName"];
            /**
             * @description Permission IDs to apply to the service account; at least one ("You must have at
             *     least one permission before creating a service account"). An unknown id answers 404
             *     `PermissionNotFound` (inferred from the error-code table). `minLength: 1` on each id
             *     is inferred.
             * @example [
             *       "100001"
             *     ]
             */
            permissions: string[];
        };
        /**
         * @description The answer to `createServiceAccount` — the only response that ever carries the access
         *     key and secret (from the vendor's create-service-account page).
         */
        ServiceAccountCreated: {
            /** @description The generated access key. Shown only in this response. */
            accessKey: string;
            /**
             * Format: date
             * @description A calendar date; the vendor's example is `2022-11-15` (from the vendor's
             *     create-service-account page). That it is the date the credentials expire is
             *     inferred from the name; the page does not explain it.
             * @example 2022-11-15
             */
            expirationDate: string;
            /**
             * @description The new service account's id.
             * @example 200001
             */
            id: string;
            /** @description The generated secret key. Shown only in this response; it cannot be recovered afterwards. */
            secret: string;
        };
        /**
         * @description One entry of `listServiceAccounts` (from the public API reference). Never contains the
         *     secret or the access key. `description` is an empty string when none was given
         *     (inferred).
         */
        ServiceAccountSummary: {
            description: string;
            /** @description Whether the credentials can be used; true after create (inferred), toggled by enable/disable. */
            enabled: boolean;
            /** @example 200001 */
            id: string;
            name: components["schemas"]["ResourceName"];
            /** @description False until every region has processed the create; then true. */
            readyState: boolean;
        };
        /** @description The account's API credentials, generated in the Lyve Cloud console (from the public API reference). */
        TokenRequest: {
            /**
             * @description The access key generated with the account API credentials (from the public API reference).
             * @example LCAPI7Q2M4X9T1B3N5V8
             */
            accessKey: string;
            /**
             * @description Unique identifier of the Lyve Cloud account, created during customer onboarding and
             *     unique across all Lyve Cloud accounts (from the public API reference).
             * @example acme-0001
             */
            accountId: string;
            /**
             * @description The secret key generated with the account API credentials (from the public API reference).
             * @example k9Xq2Lm7Vb3Nc8Zr1Tw6Ys4Pd0Hf5Jg
             */
            secret: string;
        };
        /** @description A time-bound bearer token (from the public API reference). */
        TokenResponse: {
            /**
             * @description Lifetime of the token in seconds; the default expiration is 24 hours, 86400 (from
             *     the public API reference; the unit is inferred from the field name).
             * @example 86400
             */
            expirationSec: number;
            /**
             * @description Send as `Authorization: Bearer <token>`.
             * @example eyJhbGciOiJIUzI1NiJ9.e30.c2FtcGxl
             */
            token: string;
        };
    };
    responses: {
        /**
         * @description Bad Request. Possible `code` values (from the public API reference's error-code table):
         *     * `InvalidArgument` — "One or more of the specified arguments was not valid" or "The
         *       request was missing an argument" (the create page: "Invalid service account
         *       information"). samock's message names the field and the rule.
         *     * `InvalidToken` — "Token is not valid." The bearer token is unknown or malformed.
         *     * `ExpiredToken` — "Token expired." Obtain a new token from `POST /auth/token`.
         *     A bad token is 400 here, not 401 (see `docs/decisions/0001-lyve-bad-token-is-400.md`).
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
         * @description Conflict. Possible `code` values (from the public API reference's error-code table):
         *     * `ServiceAccountNameAlreadyExists` — "The service account name is already in use.
         *       Please use a different name."
         *     * `ServiceAccountNotReady` — "The service account is still being processed by some
         *       regions." `readyState` is still false; retry later.
         *     * `PermissionNameAlreadyExists` — "The permission name is already in use. Please use a
         *       different name."
         *     * `PermissionNotReady` — "The permission is still being processed by some regions."
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Forbidden. Possible `code` values (from the public API reference's error-code table):
         *     * `NoServiceAvailable` — "The account has no services enabled for it." (the create page
         *       words the 403 as "The account has no services enabled").
         *     * `AuthenticationFailed` — "Authentication failed." Wrong credentials for
         *       `POST /auth/token`.
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
         * @description Internal Server Error: `InternalError`, "The server encountered an internal error"
         *     (from the public API reference's error-code table; the stored copy of the message is
         *     cut off after "The server encountered an", the rest is inferred).
         */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Not Found. Possible `code` values (from the public API reference's error-code table):
         *     * `ServiceAccountNotFound` — "Service account was not found." (apis.md, from the vendor's reference).
         *     * `ServiceAccountExpired` — "The service account has expired. Couldn't enable the expired
         *       service." (or "…disable…").
         *     * `PermissionNotFound` — "A permission was not found." Also answered when a body names
         *       an unknown permission id (inferred from the message).
         *     * `BucketNotFound` — "A bucket was not found." Listed by the vendor; plausibly answered
         *       for a `bucket-names` permission naming an unknown bucket (inferred; samock does not
         *       model buckets and never sends it).
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
         * @description The request body is larger than 1 MiB. (inferred: the vendor documents no status for an
         *     oversized body; samock answers 413 in the vendor's error shape, code `InvalidArgument`.)
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "InvalidArgument",
                 *       "message": "The request body is larger than the 1 MiB limit."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Service Unavailable: `ServiceNotReady`, "The server is not ready to handle the request.
         *     Please retry the request later." (from the public API reference's error-code table).
         */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Done. The body is a short `text/plain` confirmation; its exact wording is not documented
         *     (inferred), so clients must not parse it.
         */
        TextConfirmation: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example OK */
                "text/plain": string;
            };
        };
        /**
         * @description The body is not `application/json`. (inferred: the vendor documents no status for a wrong
         *     content type; samock answers 415 in the vendor's error shape, code `InvalidArgument`.)
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "InvalidArgument",
                 *       "message": "Unsupported Content-Type \"text/plain\": send the body as application/json."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Optional. Returns only the entry whose name equals this value exactly (from the public
         *     API reference: "Query the name parameter for single permission"). Exact, case-sensitive
         *     match (inferred: names are unique, so the filter selects at most one entry).
         */
        nameFilter: string;
        /**
         * @description The permission's id. The public API reference calls it a "Numeric ID" but types it as a
         *     string; clients should treat it as opaque.
         */
        permissionId: string;
        /**
         * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
         *     as a string; clients should treat it as opaque.
         */
        serviceAccountId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The token and its lifetime in seconds (from the public API reference). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                /**
                 * @description Optional. Returns only the entry whose name equals this value exactly (from the public
                 *     API reference: "Query the name parameter for single permission"). Exact, case-sensitive
                 *     match (inferred: names are unique, so the filter selects at most one entry).
                 */
                name?: components["parameters"]["nameFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's permissions (an empty array when none match). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPermission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionCreate"];
            };
        };
        responses: {
            /** @description The permission was created; the body carries its id (from the public API reference). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The permission's id. The public API reference calls it a "Numeric ID" but types it as a
                 *     string; clients should treat it as opaque.
                 */
                permissionId: components["parameters"]["permissionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The permission. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Permission"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The permission's id. The public API reference calls it a "Numeric ID" but types it as a
                 *     string; clients should treat it as opaque.
                 */
                permissionId: components["parameters"]["permissionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermissionCreate"];
            };
        };
        responses: {
            200: components["responses"]["TextConfirmation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The permission's id. The public API reference calls it a "Numeric ID" but types it as a
                 *     string; clients should treat it as opaque.
                 */
                permissionId: components["parameters"]["permissionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TextConfirmation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listServiceAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Optional. Returns only the entry whose name equals this value exactly (from the public
                 *     API reference: "Query the name parameter for single permission"). Exact, case-sensitive
                 *     match (inferred: names are unique, so the filter selects at most one entry).
                 */
                name?: components["parameters"]["nameFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service accounts (an empty array when none match). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
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
                "application/json": components["schemas"]["ServiceAccountCreate"];
            };
        };
        responses: {
            /**
             * @description OK. The request to create a service account was successfully sent. The access key and
             *     secret appear in this response only (from the vendor's create-service-account page).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
                 *     as a string; clients should treat it as opaque.
                 */
                serviceAccountId: components["parameters"]["serviceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
                 *     as a string; clients should treat it as opaque.
                 */
                serviceAccountId: components["parameters"]["serviceAccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceAccountCreate"];
            };
        };
        responses: {
            200: components["responses"]["TextConfirmation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
                 *     as a string; clients should treat it as opaque.
                 */
                serviceAccountId: components["parameters"]["serviceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TextConfirmation"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    enableServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
                 *     as a string; clients should treat it as opaque.
                 */
                serviceAccountId: components["parameters"]["serviceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Enabled. No body (from the public API reference; its samples send
             *     `Accept: text/plain`).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    disableServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service account's id. The public API reference calls it a "Numeric ID" but types it
                 *     as a string; clients should treat it as opaque.
                 */
                serviceAccountId: components["parameters"]["serviceAccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled. No body (from the public API reference). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
