// Generated from the spec by `npm run types:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/v2/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all accounts
         * @description Lists the accounts (users and service accounts) of the customer one page at a time, as a
         *     `PagedAccount` with roles and user groups as ids (from the public API reference:
         *     `offset` default 0, `limit` default 100, `ResponseContainerPagedAccount`). samock serves
         *     service accounts only, so every item is one; they come in creation order, `totalItems`
         *     counts them all and `moreItems` says whether a later page has more (inferred).
         */
        get: operations["getAllAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
        /**
         * Get an account
         * @description Answers one account (user or service account) as an `Account`, roles and user groups as
         *     ids (from the public API reference: `ResponseContainerAccount`). A service account is an
         *     account: whatever the service-account and account operations changed shows here. An
         *     unknown id answers 404 (inferred).
         */
        get: operations["getAccount"];
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
         * @description Adds the listed roles to the account and answers it as a bare `UserModel`, without the
         *     envelope (from the public API reference: return type `UserModel`; see
         *     `docs/decisions/0016-wavefront-bare-usermodel.md`). Every id must name a role (else 400,
         *     inferred); roles it already holds are kept once. Errors keep the error envelope (inferred).
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
         * @description Adds the account to the listed user groups and answers it as a bare `UserModel` (from the
         *     public API reference); the groups' roles join the account's `unitedRoles` (see get).
         *     Every id must name a user group (else 400, inferred).
         */
        post: operations["addAccountToUserGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/{id}/businessFunctions": {
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
         * Get the business functions of an account
         * @description Answers the business functions of an account (from the public API reference:
         *     `ResponseContainerSetBusinessFunction`, values from its `BusinessFunction` enum). Which
         *     functions a permission brings is not documented: samock derives them from the account's
         *     `unitedPermissions` by a fixed table (every account can view dashboards, alerts, events,
         *     metrics, sources, maintenance windows, alert targets and external links; each permission
         *     adds the MODIFY_… functions its name suggests, `ingestion` adds METRIC_INGESTION,
         *     `user_management` the account-administration functions), in the enum's order (all
         *     inferred). An unknown id answers 404 (inferred).
         */
        get: operations["getAccountBusinessFunctions"];
        put?: never;
        post?: never;
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
         * @description Adds the permission to the account's `groups` and answers it as a bare `UserModel` (from
         *     the public API reference: return type `UserModel`). Granting a permission the account
         *     already holds changes nothing (inferred). A permission outside the enum answers 400.
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
         * @description Removes the listed roles from the account and answers it as a bare `UserModel` (from the
         *     public API reference). Every id must name a role (else 400, inferred); a role the account
         *     does not hold is ignored (inferred).
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
         * @description Removes the account from the listed user groups and answers it as a bare `UserModel`
         *     (from the public API reference). Every id must name a user group (else 400, inferred).
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
         * @description Removes the permission from the account's `groups` and answers it as a bare `UserModel`
         *     (from the public API reference). It stays in `unitedPermissions` while a united role
         *     still carries it (inferred from the model's description).
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
         *     error (inferred: a bulk delete that is partly done already should not fail). The body is
         *     optional, as in the reference: no body deletes nothing and answers `[]` (inferred).
         */
        post: operations["deleteMultipleAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/grant/{permission}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a permission to several accounts
         * @description Adds the permission to the `groups` of every account the body lists and answers a bare
         *     `UserModel`, without the envelope (from the public API reference: "Grant a permission to
         *     accounts", return type `UserModel`; see `docs/decisions/0016-wavefront-bare-usermodel.md`).
         *     The reference does not say which account the single `UserModel` shows: samock shows the
         *     first one listed (inferred). Every identifier must name an account and the list must not
         *     be empty (the answer needs an account), else 400 and nothing changes (inferred).
         *     Granting a held permission changes nothing (inferred).
         */
        post: operations["grantPermissionToAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/revoke/{permission}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a permission from several accounts
         * @description Removes the permission from the `groups` of every account the body lists and answers a
         *     bare `UserModel` (from the public API reference: "Revoke a permission from accounts",
         *     return type `UserModel`), the first account listed (inferred). The permission stays in
         *     `unitedPermissions` while a united role carries it (inferred from the model's
         *     description). Unknown identifiers or an empty list: 400, nothing changes (inferred).
         */
        post: operations["revokePermissionFromAccounts"];
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
    "/api/v2/account/user/admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the accounts with the Accounts permission
         * @description "Get all users with Accounts permission" (from the public API reference:
         *     `ResponseContainerListString`, identifiers). The Accounts permission is `user_management`.
         *     samock serves no user accounts, so it answers the identifiers of the service accounts
         *     whose `unitedPermissions` hold `user_management` (directly or through a role), in
         *     creation order (inferred: a real instance may list users only).
         */
        get: operations["getUsersWithAccountsPermission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/account/validateAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate account identifiers
         * @description "Returns valid accounts (users and service accounts), also invalid identifiers from the
         *     given list" (from the public API reference: `ResponseContainerValidatedUsersDTO`). Each
         *     identifier that names an account is answered in `validUsers` as a `UserDTO`, the others in
         *     `invalidIdentifiers`; both in the order given, each once; no body is an empty list
         *     (inferred). Changes nothing.
         */
        post: operations["validateAccounts"];
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
        /**
         * @description A business function (the values of the public API reference's `ResponseContainerSetBusinessFunction`; generated clients reject others).
         * @enum {string}
         */
        BusinessFunction: "VIEW_MONITORED_CLUSTER" | "VIEW_MONITORED_CLUSTER_TAGS" | "VIEW_DASHBOARDS" | "VIEW_DASHBOARDS_TAGS" | "VIEW_METRIC_TIMESERIES" | "VIEW_HOSTS" | "VIEW_HOST_TAGS" | "VIEW_AGENT_TAGS" | "VIEW_EVENTS" | "VIEW_EVENT_TAGS" | "VIEW_ALERTS" | "VIEW_ALERT_TAGS" | "VIEW_REGISTERED_QUERIES" | "VIEW_REGISTERED_QUERY_TAGS" | "VIEW_MAINTENANCE_WINDOWS" | "VIEW_NOTIFICANTS" | "VIEW_CUSTOM_METRICS" | "VIEW_TARGETS" | "VIEW_AGENTS" | "VIEW_SSH_CONFIGS" | "VIEW_EXTERNAL_SERVICES" | "VIEW_EXTERNAL_SERVICES_TAGS" | "VIEW_EXTERNAL_LINKS" | "VIEW_EXTERNAL_LINK_DIGESTS" | "VIEW_EXTERNAL_LINK_TAGS" | "VIEW_SLOW_QUERY_PAGE" | "VIEW_SAVED_SEARCHES" | "VIEW_MY_MESSAGES" | "VIEW_APPLICATIONS" | "VIEW_ANOMALY" | "SPY_ON_POINTS" | "SPY_ON_ID_CREATIONS" | "SPY_UNUSED_METRICS" | "VIEW_SAML_SSO_SETTINGS" | "MODIFY_MONITORED_CLUSTER" | "MODIFY_MONITORED_CLUSTER_TAGS" | "MODIFY_PRIVATE_TAGS" | "MODIFY_CUSTOM_METRICS" | "MODIFY_DASHBOARDS" | "MODIFY_EVENTS" | "MODIFY_EVENT_TAGS" | "MODIFY_AGENTS" | "MODIFY_AGENT_TAGS" | "MODIFY_HOSTS" | "MODIFY_HOST_TAGS" | "MODIFY_MACHINES" | "MODIFY_SSH_CONFIGS" | "MODIFY_ALERTS" | "MODIFY_ALERT_TAGS" | "MODIFY_REGISTERED_QUERIES" | "MODIFY_REGISTERED_QUERY_TAGS" | "MODIFY_MAINTENANCE_WINDOWS" | "MODIFY_NOTIFICANTS" | "MODIFY_DASHBOARD_TAGS" | "MODIFY_TARGETS" | "MODIFY_EXTERNAL_SERVICES" | "MODIFY_EXTERNAL_SERVICES_TAGS" | "CREATE_EMBEDDED_CHARTS" | "MODIFY_METRIC_VISIBILITY" | "MODIFY_EXTERNAL_LINKS" | "MODIFY_EXTERNAL_LINK_TAGS" | "MODIFY_SAVED_SEARCHES" | "MODIFY_OWN_ONBOARDING_STATE" | "MODIFY_APPLICATIONS" | "INGESTION_POLICY_MANAGEMENT" | "METRICS_POLICY_MANAGEMENT" | "MODIFY_SAML_SSO_SETTINGS" | "METRIC_INGESTION" | "METRIC_INGESTION_LISTENER" | "LOGIN" | "LOGOUT" | "CHANGE_PASSWORD" | "SEND_FORGOTTEN_PASSWORD_EMAILS" | "CHANGE_USER_PREFERENCE" | "CREATE_TOKEN" | "REVOKE_ALL_SESSIONS" | "REVOKE_ALL_TOKENS" | "REVOKE_TOKEN" | "GET_TOKENS" | "GET_ALL_ACCOUNTS" | "GET_ALL_USERS" | "GET_ALL_SERVICE_ACCOUNTS" | "ADMINISTER_GROUPS" | "DELETE_ACCOUNT" | "INVITE_USER" | "ADMINISTER_SERVICE_ACCOUNTS" | "NO_REAUTH_INVITE_USER" | "ADMINISTER_USER_GROUPS" | "ADMINISTER_CUSTOMER_PREFERENCES" | "ROLES_MANAGEMENT" | "VIEW_CUSTOMERS" | "MODIFY_CUSTOMER" | "DELETE_CUSTOMER" | "GET_TOKEN_STATUS" | "SEND_UI_METRICS" | "TOKEN";
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
        /** @description A page of accounts (from the public API reference). samock never sends `cursor` or `sort`. */
        PagedAccount: {
            /** @description The id at which the current (limited) search can be continued to obtain more matching items. */
            cursor?: string;
            /** @description List of requested items. */
            items?: components["schemas"]["Account"][];
            /** Format: int32 */
            limit?: number;
            /** @description Whether more items are available for return by increment offset or cursor. */
            moreItems?: boolean;
            /** Format: int32 */
            offset?: number;
            sort?: components["schemas"]["Sorting"];
            /**
             * Format: int32
             * @description An estimate (lower-bound) of the total number of items available for return (exact in samock).
             */
            totalItems?: number;
        };
        /**
         * @description An account permission (the vendor calls them "groups" in account bodies). The values are
         *     the ones the vendor's clients name (from the public API reference); `user_management` is
         *     the Accounts permission, `host_tag_management` Source Tag Management,
         *     `application_management` Integrations (the bulk grant/revoke pages name
         *     `monitored_application_service_management` for it; both are accepted), `agent_management`
         *     Proxies.
         * @enum {string}
         */
        Permission: "agent_management" | "alerts_management" | "application_management" | "batch_query_priority" | "dashboard_management" | "derived_metrics_management" | "embedded_charts" | "events_management" | "external_links_management" | "host_tag_management" | "ingestion" | "metrics_management" | "monitored_application_service_management" | "user_management";
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
        /** @description The envelope with one page of accounts (from the public API reference). */
        ResponseContainerPagedAccount: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["PagedAccount"];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with one service account (from the vendor's create-service-account page). */
        ResponseContainerServiceAccount: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["ServiceAccount"];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with a set of business functions (from the public API reference). */
        ResponseContainerSetBusinessFunction: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["BusinessFunction"][];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with one API token (from the public API reference). */
        ResponseContainerUserApiToken: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["UserApiToken"];
            status: components["schemas"]["ResponseStatus"];
        };
        /** @description The envelope with the answer of validateAccounts (from the public API reference). */
        ResponseContainerValidatedUsersDTO: {
            debugInfo?: components["schemas"]["DebugInfo"];
            response?: components["schemas"]["ValidatedUsersDTO"];
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
        /** @description How a page is sorted (from the public API reference). samock never sends it. */
        Sorting: {
            ascending: boolean;
            default?: boolean;
            field: string;
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
        /** @description An account as validateAccounts answers it (from the public API reference; every field optional there). samock never sends ingestion policies, `ssoId` or `lastSuccessfulLogin`. */
        UserDTO: {
            customer?: string;
            groups?: string[];
            identifier?: string;
            /** Format: int64 */
            lastSuccessfulLogin?: number;
            roles?: components["schemas"]["RoleDTO"][];
            ssoId?: string;
            userGroups?: components["schemas"]["UserGroup"][];
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
        /**
         * @description An account as the add/remove roles and user groups, grant and revoke operations answer it,
         *     bare, without the envelope (from the public API reference: the generated clients require
         *     `customer`, `groups`, `identifier` and `userGroups` — "customer must not be None").
         *     samock never sends ingestion policies, `ssoId` or `lastSuccessfulLogin`.
         */
        UserModel: {
            /** @description The id of the customer to which this account belongs (`samock`, the mock's one tenant). */
            customer: string;
            /** @description The permissions granted to this account directly. */
            groups: string[];
            /**
             * @description The unique identifier of the account (for a user, their email address; for a service account `sa::…`).
             * @example sa::ci-bot
             */
            identifier: string;
            /** Format: int64 */
            lastSuccessfulLogin?: number;
            /** @description The roles held directly. */
            roles?: components["schemas"]["RoleDTO"][];
            ssoId?: string;
            /** @description The list of user groups the account belongs to. */
            userGroups: components["schemas"]["UserGroup"][];
        };
        /** @description The accounts an identifier list names, and the identifiers that name none (from the public API reference). */
        ValidatedUsersDTO: {
            invalidIdentifiers?: string[];
            validUsers?: components["schemas"]["UserDTO"][];
        };
    };
    responses: {
        /** @description The account, in the envelope, roles and user groups as ids. */
        AccountOk: {
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
                 *         "groups": [
                 *           "events_management"
                 *         ],
                 *         "roles": [],
                 *         "userGroups": [],
                 *         "unitedPermissions": [
                 *           "events_management"
                 *         ],
                 *         "unitedRoles": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ResponseContainerAccount"];
            };
        };
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
        /**
         * @description (inferred) The token's account lacks the permission the operation needs. samock does not
         *     check an account's permissions: it answers 403 only for the reserved token `forbidden`
         *     (a samock convention, to reproduce the status).
         */
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
        /**
         * @description The account as a bare `UserModel`: no envelope (from the public API reference; see
         *     docs/decisions/0016-wavefront-bare-usermodel.md).
         */
        UserModelOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "identifier": "sa::ci-bot",
                 *       "customer": "samock",
                 *       "groups": [
                 *         "events_management"
                 *       ],
                 *       "roles": [],
                 *       "userGroups": []
                 *     }
                 */
                "application/json": components["schemas"]["UserModel"];
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
        /**
         * @description The identifiers of the accounts to change (from the public API reference; optional there).
         *     samock needs at least one: the answer is one of them (inferred).
         */
        AccountIdListBody: {
            content: {
                /**
                 * @example [
                 *       "sa::ci-bot",
                 *       "sa::deploy-bot"
                 *     ]
                 */
                "application/json": components["schemas"]["IdList"];
            };
        };
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
    getAllAccounts: {
        parameters: {
            query?: {
                /** @description How many accounts to answer at most (from the public API reference; default 100). At least 1 (inferred). */
                limit?: number;
                /** @description How many accounts to skip (from the public API reference; default 0). */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of accounts. */
            200: {
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
                     *         "items": [
                     *           {
                     *             "identifier": "sa::ci-bot",
                     *             "groups": [
                     *               "events_management"
                     *             ],
                     *             "roles": [],
                     *             "userGroups": [],
                     *             "unitedPermissions": [
                     *               "events_management"
                     *             ],
                     *             "unitedRoles": []
                     *           }
                     *         ],
                     *         "offset": 0,
                     *         "limit": 100,
                     *         "totalItems": 1,
                     *         "moreItems": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ResponseContainerPagedAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAccount: {
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
            200: components["responses"]["AccountOk"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
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
            200: components["responses"]["AccountOk"];
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
            200: components["responses"]["UserModelOk"];
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
            200: components["responses"]["UserModelOk"];
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
    getAccountBusinessFunctions: {
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
            /** @description The account's business functions, each once. */
            200: {
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
                     *         "VIEW_DASHBOARDS",
                     *         "VIEW_METRIC_TIMESERIES",
                     *         "VIEW_HOSTS",
                     *         "VIEW_EVENTS",
                     *         "VIEW_ALERTS",
                     *         "VIEW_MAINTENANCE_WINDOWS",
                     *         "VIEW_NOTIFICANTS",
                     *         "VIEW_EXTERNAL_LINKS",
                     *         "MODIFY_EVENTS",
                     *         "MODIFY_EVENT_TAGS"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ResponseContainerSetBusinessFunction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
            200: components["responses"]["UserModelOk"];
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
            200: components["responses"]["UserModelOk"];
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
            200: components["responses"]["UserModelOk"];
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
            200: components["responses"]["UserModelOk"];
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
        requestBody?: {
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
    grantPermissionToAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AccountIdListBody"];
        responses: {
            200: components["responses"]["UserModelOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokePermissionFromAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The permission to grant or revoke. */
                permission: components["parameters"]["permission"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["AccountIdListBody"];
        responses: {
            200: components["responses"]["UserModelOk"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUsersWithAccountsPermission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identifiers. */
            200: {
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
                     *         "sa::admin-bot"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ResponseContainerListString"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    validateAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The identifiers to check (from the public API reference; optional there). */
        requestBody?: {
            content: {
                /**
                 * @example [
                 *       "sa::ci-bot",
                 *       "sa::nobody"
                 *     ]
                 */
                "application/json": components["schemas"]["IdList"];
            };
        };
        responses: {
            /** @description The valid accounts and the invalid identifiers. */
            200: {
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
                     *         "validUsers": [
                     *           {
                     *             "identifier": "sa::ci-bot",
                     *             "customer": "samock",
                     *             "groups": [
                     *               "events_management"
                     *             ],
                     *             "roles": [],
                     *             "userGroups": []
                     *           }
                     *         ],
                     *         "invalidIdentifiers": [
                     *           "sa::nobody"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ResponseContainerValidatedUsersDTO"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
