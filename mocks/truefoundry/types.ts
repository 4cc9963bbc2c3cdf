// Generated from the spec by `npm run types:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/svc/v1/virtual-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List virtual accounts
         * @description Lists the tenant's virtual accounts, a page at a time (`limit`, `offset`), optionally only
         *     those whose name contains `nameSearchQuery` or whose expiry status is `isExpired` (from
         *     the public API reference), owned by one of `ownedByTeams`, or matching the `filter` tree
         *     (from the vendor's SDK). The filters combine with AND (inferred). `pagination.total` counts
         *     every match, not just this page. Never contains a token. samock lists accounts in the order
         *     they were created (inferred).
         */
        get: operations["listVirtualAccounts"];
        /**
         * Create or update a virtual account
         * @description Creates a new virtual account or updates an existing one based on the provided manifest
         *     (from the vendor's create-or-update page). Accounts are matched by `manifest.name`: a new
         *     name creates (the answer carries the account's `token`, the only answer of this call that
         *     does), an existing name updates that account, keeping its `id`, `createdAt` and
         *     `createdBySubject`, and answers no `token`. With `dryRun: true` the manifest is validated
         *     and the answer is what the call would return, but nothing is stored; a dry-run create
         *     answers no `token` (inferred). `expiration_date` must be after today (UTC) or the answer
         *     is 422 naming it (inferred). Whether the real API refuses a changed `expiration_date` on
         *     update is undocumented (the console says an expiry cannot be edited later); samock
         *     accepts it (inferred).
         */
        put: operations["createOrUpdateVirtualAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/svc/v1/virtual-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /**
         * Get a virtual account
         * @description Retrieves one virtual account by id (from the public API reference). Never contains a
         *     token. An unknown id answers 404.
         */
        get: operations["getVirtualAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a virtual account
         * @description Deletes the virtual account (from the public API reference); its tokens stop
         *     authenticating at once (inferred). An unknown id answers 404.
         */
        delete: operations["deleteVirtualAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/svc/v1/virtual-accounts/{id}/regenerate-token": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate the token of a virtual account
         * @description Issues a new token for the account and answers it. "The old token remains valid for the
         *     specified grace period" (from the public API reference): `gracePeriodInDays` days after
         *     this call it stops authenticating; with 0 it stops at once. Tokens retired earlier keep
         *     their own end. An unknown id answers 404.
         */
        post: operations["regenerateVirtualAccountToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/svc/v1/virtual-accounts/{id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /**
         * Get the token of a virtual account
         * @description Retrieves the current authentication token of a virtual account by its id (from the public
         *     API reference) — the one call besides create that shows it. An unknown id answers 404.
         *     samock keeps tokens of accounts loaded from a state document only as hashes, so for such
         *     an account it answers 404 saying so, until the token is regenerated (inferred; samock's).
         */
        get: operations["getVirtualAccountToken"];
        put?: never;
        post?: never;
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
        /** @description The manifest and the dry-run switch (from the vendor's create-or-update page). */
        CreateOrUpdateVirtualAccountRequest: {
            /**
             * @description Validate and answer, but store nothing.
             * @default false
             */
            dryRun: boolean;
            manifest: components["schemas"]["VirtualAccountManifest"];
        };
        /**
         * @description The account, and its `token` — "present only when creating a virtual account" (from the
         *     vendor's create-or-update page).
         */
        CreateOrUpdateVirtualAccountResponse: {
            data: components["schemas"]["VirtualAccount"];
            /** @description The new account's token. Only in the answer to the call that created the account. */
            token?: string;
        };
        /** @description An empty JSON object. */
        EmptyObject: Record<string, never>;
        /** @description One virtual account (from the public API reference). */
        GetVirtualAccountResponse: {
            data: components["schemas"]["VirtualAccount"];
        };
        /** @description The body of every error response (from the public API reference). */
        HttpError: {
            /** @description A machine-readable error code, when the server has one (from the public API reference). */
            code?: string;
            /**
             * @description Further detail, one object per problem. samock lists each validation violation as
             *     `{location, pointer, rule, message, expected?, actual?}` (inferred).
             */
            details?: Record<string, never>[];
            /**
             * @description What went wrong, for people.
             * @example Virtual account not found.
             */
            message: string;
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            statusCode: number;
        };
        /** @description One page of virtual accounts (from the public API reference). */
        ListVirtualAccountsResponse: {
            data: components["schemas"]["VirtualAccount"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Where this page sits in the whole result (from the public API reference). */
        Pagination: {
            /** @example 10 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description How many accounts match the filters, across all pages.
             * @example 100
             */
            total: number;
        };
        /** @description One role on one resource (from the vendor's create-or-update page). */
        Permission: {
            /**
             * @description The fully qualified name of the resource.
             * @example tfy-cluster:prod-ws
             */
            resource_fqn: string;
            /**
             * @description The type of the resource (cluster, workspace, etc.).
             * @example workspace
             */
            resource_type: string;
            /**
             * @description The id of the role assigned to the account for that resource.
             * @example workspace-editor
             */
            role_id: string;
        };
        /** @description How long the old token stays valid (from the public API reference). */
        RegenerateTokenRequest: {
            /**
             * @description Grace period in days for which the old token remains valid after regeneration.
             * @example 30
             */
            gracePeriodInDays: number;
        };
        /** @description Who created the account (from the vendor's create-or-update page). samock answers its fixed user `samock-admin`. */
        Subject: {
            /** @example samock admin */
            subjectDisplayName?: string;
            /** @example samock-admin */
            subjectId: string;
            /** @example admin@samock.dev */
            subjectSlug?: string;
            /**
             * @description The kind of subject; the vendor's example is `user`.
             * @example user
             */
            subjectType: string;
        };
        /** @description A virtual account's token (from the public API reference). */
        TokenResponse: {
            /**
             * @description Send as `Authorization: Bearer <token>`. Opaque: samock's are `tfy_va_` and 48 random
             *     letters and digits, naming no account (inferred; see
             *     `docs/decisions/0018-truefoundry-documented-and-inferred.md`).
             * @example tfy_va_Xq9Lm2Vb7Nc3Zr8Tw1Ys6Pd4Hf0Jg5Ka3Hs8Wd1Ty6Qe2Mn7
             */
            token: string;
        };
        /**
         * @description A virtual account as the server holds it, in camelCase around the caller's snake_case
         *     manifest (from the vendor's create-or-update page). Never contains a token. `isExpired`
         *     and `accountId` are from the public API reference's list and get pages; the vendor's SDK
         *     marks `accountId` required.
         */
        VirtualAccount: {
            /**
             * @description "ID of the account that owns this virtual account" (from the vendor's SDK, where it is
             *     required). samock has one account, so every virtual account answers samock's fixed
             *     `samock-account` (inferred; a real tenant answers its own).
             * @example samock-account
             */
            accountId: string;
            /**
             * Format: date-time
             * @example 2023-11-07T05:31:56Z
             */
            createdAt: string;
            /** @example admin@samock.dev */
            createdBy?: string;
            createdBySubject: components["schemas"]["Subject"];
            /**
             * @description 24 lower-case letters and digits, e.g. `jqfwg345gi25n5ju2yz5iz6m`.
             * @example jqfwg345gi25n5ju2yz5iz6m
             */
            id: string;
            /** @description True once the clock has reached `manifest.expiration_date`. */
            isExpired?: boolean;
            manifest: components["schemas"]["VirtualAccountManifest"];
            name: components["schemas"]["VirtualAccountName"];
            /**
             * @description The tenant that owns the account; samock's is `samock`.
             * @example samock
             */
            tenantName: string;
            /**
             * @description "Type of service account" (from the vendor's SDK; the pages show only `<string>`). samock
             *     answers `virtual-account`, the manifest's type (inferred).
             * @example virtual-account
             */
            type: string;
            /**
             * Format: date-time
             * @example 2023-11-07T05:31:56Z
             */
            updatedAt: string;
        };
        /**
         * @description The virtual account as the caller declares it, in snake_case (from the vendor's
         *     create-or-update page). `permissions` is required (it may be empty: a new account can
         *     start with no access) and each of its three fields is required and non-empty (inferred).
         *     `ownedBy` and `tags` are from the vendor's SDK; the list filters read them (`ownedByTeams`,
         *     `filter`). Other manifest fields the vendor knows (`auto_rotate`, `notification_target`,
         *     `secret_store_config`, `identity_provider_mapping`, `token_type`) are accepted and echoed as
         *     sent, and change nothing in samock.
         */
        VirtualAccountManifest: {
            /**
             * Format: date
             * @description Expiration date (UTC) of the virtual account, `yyyy-mm-dd` (from the vendor's
             *     create-or-update page). Must be after today (inferred); the account expires at 00:00
             *     UTC on this date (inferred). Without it the account does not expire.
             * @example 2030-12-31
             */
            expiration_date?: string;
            name: components["schemas"]["VirtualAccountName"];
            /**
             * @description "Names of the owners that own the virtual account": `team` (required) and `account`
             *     (from the vendor's SDK, `VirtualAccountOwnedBy`). `ownedByTeams` lists by `team`.
             */
            ownedBy?: {
                /** @description The name of the account that owns this resource. */
                account?: string;
                /**
                 * @description The name of the team that owns this resource.
                 * @example ml-platform
                 */
                team: string;
            };
            permissions: components["schemas"]["Permission"][];
            /**
             * @description "Key-value pairs to categorize this Virtual Account (e.g., by owner or environment)"
             *     (from the vendor's SDK). The `filter` parameter's json_map leaves match on them.
             * @example {
             *       "env": "prod"
             *     }
             */
            tags?: Record<string, never>;
            /**
             * @description Always `virtual-account`.
             * @enum {string}
             */
            type: "virtual-account";
        };
        /**
         * @description "3 to 25 lower case characters long alphanumeric word, may contain - in between, cannot
         *     start with a number" (from the vendor's create-or-update page). Unique in the tenant: it
         *     is what create-or-update matches on.
         * @example ci-deployer
         */
        VirtualAccountName: string;
    };
    responses: {
        /**
         * @description The body is not valid JSON (inferred: samock's split between 400 and 422, see
         *     `docs/decisions/0007-truefoundry-400-vs-422.md`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "message": "The request body is not valid JSON: Unexpected end of JSON input."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The caller is authenticated but not allowed to manage virtual accounts (inferred). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 403,
                 *       "message": "You do not have permission to manage virtual accounts."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The server failed. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 500,
                 *       "message": "Internal server error."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description No virtual account has this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "message": "Virtual account with id \"jqfwg345gi25n5ju2yz5iz6m\" not found."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /**
         * @description The request body is larger than 1 MiB (inferred: the vendor documents no limit; samock
         *     answers 413 in the vendor's error shape).
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 413,
                 *       "message": "The request body is larger than the 1 MiB limit."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /**
         * @description The `Authorization` header is missing or not `Bearer <token>`, or the token is invalid,
         *     revoked (past a regeneration's grace period, or of a deleted account) or expired
         *     (inferred: the reference documents bearer auth but no error statuses).
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "message": "Unauthorized: no `Authorization: Bearer <token>` header."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /**
         * @description The request is well-formed JSON but breaks a rule: a field of the manifest (name, type,
         *     permissions, `expiration_date` format or not after today), `gracePeriodInDays` outside
         *     0..365, or a query parameter out of range. `message` names every offending field and
         *     `details` lists each violation with its JSON pointer and rule (inferred; see
         *     `docs/decisions/0007-truefoundry-400-vs-422.md`).
         */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 422,
                 *       "message": "Invalid request: Field \"manifest.name\" must match the pattern \"^[a-z][a-z0-9-]{1,23}[a-z0-9]$\" (rule: pattern).",
                 *       "details": [
                 *         {
                 *           "location": "body",
                 *           "pointer": "/manifest/name",
                 *           "rule": "pattern",
                 *           "message": "Field \"manifest.name\" must match the pattern \"^[a-z][a-z0-9-]{1,23}[a-z0-9]$\"",
                 *           "expected": "^[a-z][a-z0-9-]{1,23}[a-z0-9]$",
                 *           "actual": "CI_Deployer"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /**
         * @description The body is not `application/json` (inferred: the vendor documents no status for a wrong
         *     content type; samock answers 415 in the vendor's error shape).
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 415,
                 *       "message": "Unsupported Content-Type \"text/plain\": send the body as application/json."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
    };
    parameters: {
        /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
        id: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listVirtualAccounts: {
        parameters: {
            query?: {
                /**
                 * @description "JSON string: structured filter tree (AND/OR groups, column leaves on `name`, json_map
                 *     leaves on `manifest.tags`)", e.g.
                 *     `{"type":"AND","children":[{"column":"name","op":"STRING_CONTAINS","value":"bot"}]}`
                 *     (from the vendor's SDK). The SDK documents no more of the grammar; samock reads
                 *     (inferred, beyond that example):
                 *     * a group `{"type": "AND" | "OR", "children": [node, ...]}` (children may be empty: an
                 *       empty AND matches every account, an empty OR none), nested up to 16 levels;
                 *     * a column leaf `{"column": "name", "op": OP, "value": "<string>"}`;
                 *     * a json_map leaf `{"column": "manifest.tags", "key": "<tag>", "op": OP, "value": "<string>"}`,
                 *       matching accounts whose `manifest.tags[key]` is a string (or number or boolean, compared
                 *       as text); an account without that tag does not match;
                 *     * `OP` is `STRING_CONTAINS` (documented; case-insensitive, like `nameSearchQuery`) or
                 *       `STRING_EQUALS` (inferred; exact).
                 *     Anything else — not JSON, another shape, column, op or a non-string value — answers 422
                 *     naming `filter` (inferred, like every other rule; see
                 *     `docs/decisions/0007-truefoundry-400-vs-422.md`).
                 */
                filter?: string;
                /**
                 * @description Filter by expiration status: `true` only expired accounts, `false` only unexpired ones
                 *     (from the public API reference).
                 */
                isExpired?: boolean;
                /** @description Number of items per page (from the public API reference). */
                limit?: number;
                /** @description Return virtual accounts with names that contain this string (from the public API reference). */
                nameSearchQuery?: string;
                /** @description Number of items to skip (from the public API reference). */
                offset?: number;
                /**
                 * @description "Comma-separated team names. Return virtual accounts owned by these teams" (from the
                 *     vendor's SDK, which also sends a list as the parameter repeated). samock accepts both
                 *     forms, `ownedByTeams=ml,platform` and `ownedByTeams=ml&ownedByTeams=platform`, and lists
                 *     the accounts whose `manifest.ownedBy.team` is exactly one of the names; an account with no
                 *     `ownedBy` matches none, and an empty value filters nothing (inferred: the SDK names the
                 *     parameter, not how it matches).
                 */
                ownedByTeams?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of virtual accounts and the pagination block. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListVirtualAccountsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
        };
    };
    createOrUpdateVirtualAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrUpdateVirtualAccountRequest"];
            };
        };
        responses: {
            /**
             * @description The account as created or updated (or as it would be, on a dry run). `token` is present
             *     only when the call created the account (from the vendor's create-or-update page).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrUpdateVirtualAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
        };
    };
    getVirtualAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetVirtualAccountResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteVirtualAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the body is an empty object (from the public API reference). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    regenerateVirtualAccountToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "gracePeriodInDays": 30
                 *     }
                 */
                "application/json": components["schemas"]["RegenerateTokenRequest"];
            };
        };
        responses: {
            /** @description The new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            500: components["responses"]["InternalError"];
        };
    };
    getVirtualAccountToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The virtual account's id ("serviceaccount id", from the public API reference). */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's current token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
}
