// Generated from the spec by `npm run types:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/v2/account/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an account
         * @description Deletes an account identified by id and answers it as an `Account` (from the public API
         *     reference). Its tokens stop authenticating (401) and its identifier is free again
         *     (inferred). An unknown id answers 404 (inferred).
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/{id}/addRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an account to roles
         * @description Adds the listed roles to the account (from the public API reference). Every id must name
         *     a role (else 400, inferred); roles it already holds are kept once. See
         *     `x-samock-discrepancies` for the answer's shape.
         */
        post: operations["addAccountToRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/{id}/addUserGroups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an account to user groups
         * @description Adds the account to the listed user groups (from the public API reference); the groups'
         *     roles join the account's `unitedRoles`. Every id must name a user group (else 400,
         *     inferred).
         */
        post: operations["addAccountToUserGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/{id}/grant/{permission}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a permission to an account
         * @description Adds the permission to the account's `groups` (from the public API reference). Granting
         *     a permission the account already holds changes nothing (inferred).
         */
        post: operations["grantAccountPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/{id}/removeRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove an account from roles
         * @description Removes the listed roles from the account (from the public API reference). Every id must
         *     name a role (else 400, inferred); a role the account does not hold is ignored (inferred).
         */
        post: operations["removeAccountFromRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/{id}/removeUserGroups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove an account from user groups
         * @description Removes the account from the listed user groups (from the public API reference). Every id
         *     must name a user group (else 400, inferred).
         */
        post: operations["removeAccountFromUserGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/{id}/revoke/{permission}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a permission from an account
         * @description Removes the permission from the account's `groups` (from the public API reference). It
         *     stays in `unitedPermissions` while a united role still carries it (inferred from the
         *     model's description).
         */
        post: operations["revokeAccountPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/deleteAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete multiple accounts
         * @description Deletes the accounts whose identifiers the body lists (from the public API reference) and
         *     answers the identifiers it deleted. Identifiers that name no account are skipped, not an
         *     error (inferred: a bulk delete that is partly done already should not fail).
         */
        post: operations["deleteMultipleAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/serviceaccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all service accounts
         * @description Lists every service account, in creation order (from the public API reference; the order is inferred).
         */
        get: operations["getAllServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description Creates a service account (from the vendor's create-service-account page). `identifier`
         *     is required and must start with `sa::`; it must be unique: an identifier already in use
         *     answers 409 (inferred). `active` defaults to true (inferred). `roles` and `userGroups`
         *     hold ids that must exist (else 400, inferred); `groups` holds permission names. `tokens`
         *     cannot name tokens on create (none exist yet): a non-empty list answers 400 (inferred).
         */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/serviceaccount/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        /**
         * Get a service account
         * @description Retrieves a service account by identifier (from the public API reference). An unknown identifier answers 404 (inferred).
         */
        get: operations["getServiceAccount"];
        /**
         * Update a service account
         * @description Updates the service account (from the public API reference). The body's `identifier`
         *     must equal the path's (else 400: identifiers cannot be renamed, inferred). Fields left
         *     out keep their values; `roles`, `userGroups` and `groups` replace the current lists;
         *     `tokens`, when given, lists the token ids to keep: the account's other tokens are
         *     deleted, and an id the account does not have answers 400 (all inferred).
         */
        put: operations["updateServiceAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/serviceaccount/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a service account
         * @description Sets `active` to true (from the public API reference); its tokens authenticate again. Idempotent (inferred).
         */
        post: operations["activateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/serviceaccount/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a service account
         * @description Sets `active` to false (from the public API reference). Its tokens then answer 401 and
         *     show `accountType` `INACTIVE_SERVICE_ACCOUNT` (inferred from the accountType values).
         *     Idempotent (inferred).
         */
        post: operations["deactivateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/apitoken/serviceaccount/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        /**
         * Get the API tokens of a service account
         * @description Lists the service account's API tokens, oldest first, `tokenID`s included (from the public API reference).
         */
        get: operations["getTokensServiceAccount"];
        put?: never;
        /**
         * Create an API token for a service account
         * @description Creates a token and "returns the list of all api tokens for the service account. The
         *     newly created api token is the last element of returned list" (from the public API
         *     reference). The optional body names the token (`tokenName`). The new `tokenID` (a UUID)
         *     authenticates at once, as `Authorization: Bearer` or `X-AUTH-TOKEN`, while the account
         *     is active.
         */
        post: operations["generateTokenServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/apitoken/serviceaccount/{id}/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
                /**
                 * @description The token's `tokenID`.
                 * @example 4f0d3a8e-9c7b-4e21-a6d5-2b8c1e0f7a93
                 */
                token: components["parameters"]["tokenId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Rename an API token of a service account
         * @description Sets the token's `tokenName` and answers the token (from the public API reference). A
         *     `tokenID` in the body, when given, must equal the path's (else 400, inferred). An unknown
         *     account or token answers 404 (inferred).
         */
        put: operations["updateTokenNameServiceAccount"];
        post?: never;
        /**
         * Delete an API token of a service account
         * @description Deletes the token and answers the account's remaining tokens (from the public API
         *     reference). The deleted token answers 401 from then on (inferred). An unknown account or
         *     token answers 404 (inferred).
         */
        delete: operations["deleteTokenServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An account, user or service (from the public API reference); roles and user groups as ids. */
        Account: {
            /** @description The list of account's permissions. */
            groups?: string[];
            /** @description The unique identifier of an account. */
            identifier: string;
            /** @description The identifier of the ingestion policy linked with account (samock never sets it). */
            ingestionPolicyId?: string;
            /** @description The list of account's roles. */
            roles?: string[];
            /** @description The list of account's permissions assigned directly or through united roles assigned to it. */
            unitedPermissions?: string[];
            /** @description The list of account's roles assigned directly or through user groups assigned to it. */
            unitedRoles?: string[];
            /** @description The list of account's user groups. */
            userGroups?: string[];
        };
        /**
         * @description The type of the account a token belongs to (from the public API reference).
         * @enum {string}
         */
        AccountType: "USER_ACCOUNT" | "SERVICE_ACCOUNT" | "INACTIVE_SERVICE_ACCOUNT" | "CSP_USER_ACCOUNT" | "CSP_AUTHORIZED_USER_ACCOUNT" | "CSP_SERVICE_ACCOUNT" | "CSP_AUTHORIZED_SERVICE_ACCOUNT";
        /** @description Optional diagnostic lines some answers carry (from the public API reference). samock never sends it. */
        DebugInfo: string[];
        /** @description (inferred) The envelope of every error, without `response`; `status.code` equals the HTTP status. */
        ErrorContainer: {
            status: components["schemas"]["ResponseStatus"] & {
                code?: number;
                /** @constant */
                result?: "ERROR";
            };
        };
        /**
         * @description A service-account identifier: `sa::` followed by at least one non-space character (the
         *     prefix from the public API reference; the rest of the rule is inferred). Unique.
         * @example sa::ci-bot
         */
        Identifier: string;
        /** @description A list of ids or identifiers. */
        IdList: string[];
        /**
         * @description An account permission (the vendor calls them "groups" in account bodies). The values are
         *     the ones the vendor's clients name (from the public API reference); `user_management` is
         *     the Accounts permission, `host_tag_management` Source Tag Management,
         *     `application_management` Integrations, `agent_management` Proxies.
         * @enum {string}
         */
        Permission: "agent_management" | "alerts_management" | "application_management" | "batch_query_priority" | "dashboard_management" | "derived_metrics_management" | "embedded_charts" | "events_management" | "external_links_management" | "host_tag_management" | "ingestion" | "metrics_management" | "user_management";
        /** @description The envelope with one account (from the public API reference). */
        ResponseContainerAccount: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["Account"];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with a list of service accounts (from the public API reference). */
        ResponseContainerListServiceAccount: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["ServiceAccount"][];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with a list of strings (from the public API reference). */
        ResponseContainerListString: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: string[];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with a list of API tokens (from the public API reference). */
        ResponseContainerListUserApiToken: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["UserApiToken"][];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with one service account (from the vendor's create-service-account page). */
        ResponseContainerServiceAccount: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["ServiceAccount"];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with one API token (from the public API reference). */
        ResponseContainerUserApiToken: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["UserApiToken"];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The `status` of every envelope (from the public API reference). */
        ResponseStatus: {
            /**
             * Format: int32
             * @description HTTP response code corresponding to this response (from the public API reference).
             * @example 200
             */
            code: number;
            /** @description Descriptive message of the status of this response (from the public API reference). Empty on success in samock. */
            message?: string;
            /**
             * @description `OK` on success, `ERROR` otherwise (from the public API reference; generated clients reject other values).
             * @enum {string}
             */
            result: "OK" | "ERROR";
        };
        /** @description A role (from the vendor's create-service-account page). */
        RoleDTO: {
            /** Format: int64 */
            createdEpochMillis?: number;
            customer?: string;
            description?: string;
            /** @description The role's id. */
            id?: string;
            lastUpdatedAccountId?: string;
            /** Format: int64 */
            lastUpdatedMs?: number;
            /** Format: int32 */
            linkedAccountsCount?: number;
            /** Format: int32 */
            linkedGroupsCount?: number;
            name?: string;
            /** @description The permissions the role grants. */
            permissions?: string[];
            properties?: components["schemas"]["RoleProperties"];
            restrictedPermissions?: string[];
            /** @description Some of the accounts holding the role directly. */
            sampleLinkedAccounts?: string[];
            /** @description Some of the user groups holding the role. */
            sampleLinkedGroups?: components["schemas"]["UserGroup"][];
        };
        /** @description What may be changed on a role (from the vendor's create-service-account page). */
        RoleProperties: {
            deletable?: boolean;
            nameEditable?: boolean;
            permsEditable?: boolean;
            usersAddable?: boolean;
            usersRemovable?: boolean;
        };
        /** @description A service account (from the vendor's create-service-account page). */
        ServiceAccount: {
            /** @description The state of the service account. */
            active: boolean;
            /** @description The description of the service account. */
            description?: string;
            /** @description The list of service account's permissions. */
            groups?: string[];
            /**
             * @description The unique identifier of a service account.
             * @example sa::ci-bot
             */
            identifier: string;
            /**
             * Format: int64
             * @description The last time when a token of the service account was used, epoch ms (omitted until one is).
             */
            lastUsed?: number;
            /** @description The list of service account's roles. */
            roles?: components["schemas"]["RoleDTO"][];
            /** @description The service account's API tokens. */
            tokens?: components["schemas"]["UserApiToken"][];
            /** @description The list of account's permissions assigned directly or through united roles assigned to it. */
            unitedPermissions?: string[];
            /** @description The list of account's roles (ids) assigned directly or through user groups assigned to it. */
            unitedRoles?: string[];
            /** @description The list of service account's user groups. */
            userGroups?: components["schemas"]["UserGroup"][];
        };
        /** @description The body of create and update (from the vendor's create-service-account page). */
        ServiceAccountWrite: {
            /** @description The current state of the service account. Default true (inferred). */
            active?: boolean;
            /** @description The description of the service account to be created. */
            description?: string;
            /** @description The list of permissions, the service account will be granted. */
            groups?: components["schemas"]["Permission"][];
            identifier: components["schemas"]["Identifier"];
            /** @description The list of role ids, the service account will be added to. */
            roles?: string[];
            /** @description The service account's API tokens (their `tokenID`s); see create and update for how samock reads them. */
            tokens?: string[];
            /** @description The list of user group ids, the service account will be added to. */
            userGroups?: string[];
        };
        /** @description An API token (from the vendor's create-service-account page). */
        UserApiToken: {
            /** @description The identifier of the account the token belongs to. */
            account?: string;
            accountType?: components["schemas"]["AccountType"];
            /**
             * Format: int64
             * @description When the token was created, epoch ms.
             */
            dateGenerated?: number;
            /**
             * Format: int64
             * @description When the token last authenticated a request, epoch ms (omitted until it has).
             */
            lastUsed?: number;
            /**
             * @description The identifier of the API token, which is also the credential (samock issues UUIDs).
             * @example 4f0d3a8e-9c7b-4e21-a6d5-2b8c1e0f7a93
             */
            tokenID: string;
            /** @description The name of the API token. */
            tokenName?: string;
        };
        /**
         * @description The body of token create and rename. The vendor types it `UserApiToken`, whose `tokenID`
         *     is required, yet a create has no id to send; samock makes `tokenID` optional (inferred).
         */
        UserApiTokenWrite: {
            /** @description Ignored on create; on rename it must equal the path's token id. */
            tokenID?: string;
            /** @description The name of the API token. */
            tokenName?: string;
        };
        /** @description A user group (from the vendor's create-service-account page). */
        UserGroup: {
            customer?: string;
            description?: string;
            /**
             * Format: uuid
             * @description The user group's id.
             */
            id?: string;
            name?: string;
            properties?: components["schemas"]["UserGroupProperties"];
            /** @description The roles every member holds through the group. */
            roles?: components["schemas"]["RoleDTO"][];
            /** Format: int32 */
            userCount?: number;
            /** @description The identifiers of the group's members. */
            users?: string[];
        };
        /** @description What may be changed on a user group (from the vendor's create-service-account page). */
        UserGroupProperties: {
            nameEditable?: boolean;
            rolesEditable?: boolean;
            usersEditable?: boolean;
        };
    };
    responses: {
        /**
         * @description (inferred) The request breaks the spec (the message names the field and the rule), the
         *     JSON is malformed, or it names an unknown role, user group or token.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "Invalid request: Field \"identifier\" must match the pattern \"^sa::\\S+$\" (rule: pattern).",
                 *         "code": 400
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description (inferred) The identifier is already in use; see docs/decisions/0006-wavefront-duplicate-identifier.md. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "An account with identifier sa::ci-bot already exists.",
                 *         "code": 409
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description (inferred) The token's account lacks the permission the operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "The account does not have the permission this operation needs.",
                 *         "code": 403
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description (inferred) The server failed. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "Internal server error.",
                 *         "code": 500
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description (inferred) No account (or token) has this id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "Service account sa::nobody not found.",
                 *         "code": 404
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description (inferred) The request body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "The request body is larger than the 1 MiB limit.",
                 *         "code": 413
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description The service account, in the envelope. */
        ServiceAccountOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "OK",
                 *         "message": "",
                 *         "code": 200
                 *       },
                 *       "response": {
                 *         "identifier": "sa::ci-bot",
                 *         "active": true,
                 *         "description": "Builds and deploys",
                 *         "groups": [
                 *           "events_management"
                 *         ],
                 *         "roles": [],
                 *         "userGroups": [],
                 *         "tokens": [],
                 *         "unitedRoles": [],
                 *         "unitedPermissions": [
                 *           "events_management"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ResponseContainerServiceAccount"];
            };
        };
        /** @description (inferred) The server is temporarily unavailable. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "The service is temporarily unavailable. Please retry later.",
                 *         "code": 503
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description The service account's tokens, oldest first, in the envelope. */
        TokenListOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "OK",
                 *         "message": "",
                 *         "code": 200
                 *       },
                 *       "response": [
                 *         {
                 *           "tokenID": "4f0d3a8e-9c7b-4e21-a6d5-2b8c1e0f7a93",
                 *           "tokenName": "deploy pipeline",
                 *           "account": "sa::ci-bot",
                 *           "accountType": "SERVICE_ACCOUNT",
                 *           "dateGenerated": 1767225600000
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ResponseContainerListUserApiToken"];
            };
        };
        /** @description (inferred) No token, an invalid or expired one, a deleted token, or a token of a deactivated service account. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "The API token is missing, invalid or revoked.",
                 *         "code": 401
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
        /** @description (inferred) The body is not application/json. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": {
                 *         "result": "ERROR",
                 *         "message": "Unsupported Content-Type \"text/plain\": send the body as application/json.",
                 *         "code": 415
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorContainer"];
            };
        };
    };
    parameters: {
        /**
         * @description The account's identifier, e.g. `sa::ci-bot`.
         * @example sa::ci-bot
         */
        accountId: string;
        /** @description The permission to grant or revoke. */
        permission: components["schemas"]["Permission"];
        /**
         * @description The token's `tokenID`.
         * @example 4f0d3a8e-9c7b-4e21-a6d5-2b8c1e0f7a93
         */
        tokenId: string;
    };
    requestBodies: {
        /** @description Role or user-group ids (from the public API reference). No body means an empty list. */
        IdListBody: {
            content: {
                "application/json": components["schemas"]["IdList"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseContainerAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addAccountToRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IdListBody"];
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addAccountToUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IdListBody"];
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    grantAccountPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeAccountFromRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IdListBody"];
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeAccountFromUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IdListBody"];
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeAccountPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteMultipleAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdList"];
            };
        };
        responses: {
            /** @description The identifiers that were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseContainerListString"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAllServiceAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service accounts (an empty list when there are none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseContainerListServiceAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
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
                "application/json": components["schemas"]["ServiceAccountWrite"];
            };
        };
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
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
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceAccountWrite"];
            };
        };
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    activateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deactivateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceAccountOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTokensServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TokenListOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateTokenServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserApiTokenWrite"];
            };
        };
        responses: {
            200: components["responses"]["TokenListOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTokenNameServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
                /**
                 * @description The token's `tokenID`.
                 * @example 4f0d3a8e-9c7b-4e21-a6d5-2b8c1e0f7a93
                 */
                token: components["parameters"]["tokenId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserApiTokenWrite"];
            };
        };
        responses: {
            /** @description The renamed token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseContainerUserApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTokenServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account's identifier, e.g. `sa::ci-bot`.
                 * @example sa::ci-bot
                 */
                id: components["parameters"]["accountId"];
                /**
                 * @description The token's `tokenID`.
                 * @example 4f0d3a8e-9c7b-4e21-a6d5-2b8c1e0f7a93
                 */
                token: components["parameters"]["tokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TokenListOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
