// Generated from the spec by `npm run types:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/v1/organizations/{organizationID}/serviceaccounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
            };
            cookie?: never;
        };
        /**
         * List service accounts
         * @description Lists all service accounts of the organization (from the Unikorn spec). Access tokens are
         *     never included. samock orders the list by `metadata.id`, as the Unikorn server sorts by
         *     resource name, which is the id (from the Unikorn server). An organization the server does
         *     not know answers 404 `not_found` (from the Unikorn server).
         */
        get: operations["listServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description "Creates a new service account and returns an access token, The returned access token
         *     can only be read once." (from the vendor's create page). Answers **201** with the new
         *     account; `status.accessToken` appears in this response and never again (rotate issues a
         *     new one). `status.expiry` is 90 days after issue by default (from the Unikorn server).
         *
         *     The new account is `provisioned` and `healthy` (from the vendor's create page: its example
         *     response; samock's opt-in `provisioning=eventual` option is the exception, see the
         *     Behaviour section). Names need not be unique: a second account with the same name is
         *     created with another id (from the Unikorn spec: no 409 is documented). An invalid body —
         *     a name that is not a Kubernetes label value, a missing `metadata`, `spec`, `name` or
         *     `groupIDs` — answers 400 `invalid_request`. An unknown organization answers 404
         *     `not_found` and creates nothing (from the Unikorn server).
         *
         *     The account joins the groups of the organization that `spec.groupIDs` names; the answer's
         *     `spec.groupIDs` lists those groups only, once each — an id of no group of the organization
         *     is dropped (from the Unikorn server). samock orders them by id (inferred: the server lists
         *     the groups, and a Kubernetes list is ordered by name, which is the id).
         */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationID}/serviceaccounts/{serviceAccountID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
                /**
                 * @description A service account ID, the `metadata.id` create answered. IDs are UUIDs, but any string is
                 *     accepted and an unknown one answers 404 `not_found` (inferred: the Unikorn spec types the
                 *     parameter as a plain string).
                 */
                serviceAccountID: components["parameters"]["serviceAccountID"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a service account
         * @description Replaces the account's name, description, tags and groups (from the Unikorn spec: same
         *     body as create); as on create, `spec.groupIDs` keeps only groups of the organization (from
         *     the Unikorn server). The access token and its expiry are kept, and the answer never contains
         *     the token (from the Unikorn server: "Preserve the access token etc. across metadata
         *     updates"). `metadata.modifiedTime` is set to the time of the update (inferred from the
         *     shared read metadata). An id unknown in this organization answers 404 `not_found`.
         */
        put: operations["updateServiceAccount"];
        post?: never;
        /**
         * Delete a service account
         * @description "Removes a service account and revokes an access token" (from the Unikorn spec): the
         *     account is no longer listed, its id answers 404 `not_found`, and its token answers 401
         *     `access_denied`. No body.
         *
         *     **Discrepancy: 200 or 202.** The Unikorn spec documents `200` ("Service account removed
         *     and access token revoked."), but the server implementation answers `202 Accepted`.
         *     samock answers **202**, what clients of the real server receive, and documents only 202,
         *     so a server that answers 200 fails the contract suite visibly. See
         *     `x-samock-discrepancies` and `docs/decisions/0004-nscale-delete-status.md`.
         */
        delete: operations["deleteServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationID}/serviceaccounts/{serviceAccountID}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
                /**
                 * @description A service account ID, the `metadata.id` create answered. IDs are UUIDs, but any string is
                 *     accepted and an unknown one answers 404 `not_found` (inferred: the Unikorn spec types the
                 *     parameter as a plain string).
                 */
                serviceAccountID: components["parameters"]["serviceAccountID"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a service account's access token
         * @description "Rotates a service account's access token" (from the Unikorn spec). No request body.
         *     Answers 200 with the account and a **new** `status.accessToken` with a new
         *     `status.expiry`; the previous token is invalidated and then answers 401 `access_denied`
         *     (from the Unikorn server). Everything else about the account is kept. An id unknown in
         *     this organization answers 404 `not_found`.
         */
        post: operations["rotateServiceAccount"];
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
        /**
         * @description "Generic error message, compatible with oauth2" (from the Unikorn spec). Every error
         *     response of this API has this body and `Cache-Control: no-cache`.
         */
        error: {
            /**
             * @description A terse error string expanding on the HTTP status. Based on OAuth 2.0, expanded with
             *     proprietary values for APIs (from the Unikorn spec).
             * @enum {string}
             */
            error: "invalid_request" | "unauthorized_client" | "access_denied" | "unsupported_response_type" | "invalid_scope" | "server_error" | "temporarily_unavailable" | "invalid_client" | "invalid_grant" | "unsupported_grant_type" | "not_found" | "conflict" | "method_not_allowed" | "unsupported_media_type" | "forbidden";
            /**
             * @description Verbose message describing the error (from the Unikorn spec).
             * @example authorization header missing
             */
            error_description: string;
        };
        /**
         * @description A list of group IDs (from the vendor's create page).
         * @example [
         *       "0aaba80d-67ef-4799-b6d9-59f37e2ce2ad"
         *     ]
         */
        groupIDs: string[];
        /**
         * @description "A valid Kubernetes label value, typically used for resource names that can be indexed
         *     in the database." (from the vendor's create page): 1–63 characters, letters and digits at
         *     both ends, `-`, `_` and `.` in between (the pattern from the Unikorn spec). Not unique.
         * @example my-service-account
         */
        kubernetesLabelValue: string;
        /**
         * @description "Metadata required by organization scoped resource reads." (from the vendor's create
         *     page). samock leaves out `createdBy` and `modifiedBy` (it has no users) and
         *     `deletionTime` (a deleted account is gone at once) — inferred.
         */
        organizationScopedResourceReadMetadata: {
            /** @description The user who created the resource. */
            createdBy?: string;
            /**
             * Format: date-time
             * @description The time the resource was created.
             */
            creationTime: string;
            /**
             * Format: date-time
             * @description The time the resource was deleted.
             */
            deletionTime?: string;
            /** @description The resource description, this optionally augments the name with more context. */
            description?: string;
            healthStatus: components["schemas"]["resourceHealthStatus"];
            /**
             * Format: uuid
             * @description The unique resource ID, a UUID.
             * @example ee45f34b-9685-40d8-8724-23c31252ca46
             */
            id: string;
            /** @description The user who updated the resource. */
            modifiedBy?: string;
            /**
             * Format: date-time
             * @description The time a resource was updated.
             */
            modifiedTime?: string;
            name: components["schemas"]["kubernetesLabelValue"];
            /**
             * @description The organization identifier the resource belongs to.
             * @example d4600d6e-e965-4b44-a808-84fb2fa36702
             */
            organizationId: string;
            provisioningStatus: components["schemas"]["resourceProvisioningStatus"];
            tags?: components["schemas"]["tagList"];
        };
        /**
         * @description The health state of a resource. The vendor's create page lists `healthy` and `degraded`;
         *     the shared Unikorn enum also has `unknown` and `error`, which a real server may send, so
         *     all four are accepted (from the Unikorn spec). samock answers `healthy`, as the vendor's
         *     example does; `unknown` only while an account is provisioning under the opt-in
         *     `provisioning=eventual` option (inferred).
         * @enum {string}
         */
        resourceHealthStatus: "unknown" | "healthy" | "degraded" | "error";
        /**
         * @description The provisioning state of a resource (from the vendor's create page).
         * @enum {string}
         */
        resourceProvisioningStatus: "unknown" | "provisioning" | "provisioned" | "deprovisioning" | "error";
        /** @description Metadata required for all API resource reads and writes (from the vendor's create page). */
        resourceWriteMetadata: {
            /** @description The resource description, this optionally augments the name with more context. */
            description?: string;
            name: components["schemas"]["kubernetesLabelValue"];
            tags?: components["schemas"]["tagList"];
        };
        /** @description A new service account, with its access token (from the vendor's create page). */
        serviceAccountCreate: {
            metadata: components["schemas"]["organizationScopedResourceReadMetadata"];
            spec: components["schemas"]["serviceAccountReadSpec"];
            status: components["schemas"]["serviceAccountCreateStatus"];
        };
        /**
         * @description A service account status, as create and rotate answer it: the only place the access
         *     token ever appears (from the vendor's create page). The Unikorn spec marks `accessToken`
         *     optional; create and rotate always answer it, so it is required here (inferred from the
         *     create page: "Creates a new service account and returns an access token").
         */
        serviceAccountCreateStatus: {
            /**
             * @description A long lived access token that can be exchanged for an API access token. Shown only
             *     in this response. samock's tokens are JWT-shaped like the vendor's example, but only
             *     samock can check them (inferred).
             */
            accessToken: string;
            /**
             * Format: date-time
             * @description When the service token is due to expire.
             */
            expiry: string;
        };
        /** @description A service account, without its access token (from the Unikorn spec). */
        serviceAccountRead: {
            metadata: components["schemas"]["organizationScopedResourceReadMetadata"];
            spec: components["schemas"]["serviceAccountReadSpec"];
            status: components["schemas"]["serviceAccountReadStatus"];
        };
        /** @description A service account specification, as answered (the vendor defines it fully). */
        serviceAccountReadSpec: {
            groupIDs: components["schemas"]["groupIDs"];
        };
        /**
         * @description A service account status, as list and update answer it: the expiry only — never the
         *     access token ("The returned access token can only be read once", from the vendor's
         *     create page).
         */
        serviceAccountReadStatus: {
            /**
             * Format: date-time
             * @description When the service token is due to expire.
             */
            expiry: string;
        };
        /** @description A list of service accounts (from the Unikorn spec). */
        serviceAccounts: components["schemas"]["serviceAccountRead"][];
        /** @description A service account specification (from the vendor's create page). */
        serviceAccountSpec: {
            groupIDs: components["schemas"]["groupIDs"];
        };
        /** @description A service account creation request (from the vendor's create page); also the body of update. */
        serviceAccountWrite: {
            metadata: components["schemas"]["resourceWriteMetadata"];
            spec: components["schemas"]["serviceAccountSpec"];
        };
        /** @description A tag mapping an arbitrary name to a value (from the vendor's create page). */
        tag: {
            /**
             * @description "A unique tag name." (from the vendor's create page). samock does not reject a
             *     repeated name (inferred: the schema does not enforce it either).
             */
            name: string;
            /** @description The value of the tag. */
            value: string;
        };
        /** @description A list of tags (from the vendor's create page). */
        tagList: components["schemas"]["tag"][];
    };
    responses: {
        /**
         * @description Bad Request, `invalid_request`: the body breaks the schema (samock's message names the
         *     field and the rule), is not valid JSON, or the `Authorization` header is missing
         *     ("authorization header missing"), malformed, or not `Bearer` (from the Unikorn server;
         *     the Unikorn spec describes 400 as "Request body failed schema validation, or the request
         *     does not contain all the required fields").
         */
        badRequest: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["error"];
            };
        };
        /**
         * @description Forbidden, `forbidden`: "Request was denied by authorization, this may be caused by the
         *     authorization token not having the required scope for an API, or the user doesn't have
         *     the necessary privileges" (from the Unikorn spec) — for instance a service account's token
         *     used under another organization, where it has no roles (from the Unikorn server's RBAC:
         *     "operation is not allowed by rbac (no matching organization endpoints)").
         */
        forbidden: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "forbidden",
                 *       "error_description": "user credentials do not have the required privileges"
                 *     }
                 */
                "application/json": components["schemas"]["error"];
            };
        };
        /**
         * @description Internal Server Error, `server_error`: "An unexpected or unhandled error occurred. This
         *     may be a transient error and may succeed on a retry." (from the Unikorn spec).
         */
        internalServerError: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "server_error",
                 *       "error_description": "unhandled error"
                 *     }
                 */
                "application/json": components["schemas"]["error"];
            };
        };
        /**
         * @description Not Found, `not_found`: "Unable to find a resource" (from the Unikorn spec) — an unknown
         *     organization, or a service account id unknown in this organization (from the Unikorn server).
         */
        notFound: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "not_found",
                 *       "error_description": "resource not found"
                 *     }
                 */
                "application/json": components["schemas"]["error"];
            };
        };
        /**
         * @description The request body is larger than 1 MiB. (inferred: the vendor documents no size limit;
         *     samock answers 413 in the vendor's error shape, `invalid_request`.)
         */
        payloadTooLarge: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_request",
                 *       "error_description": "The request body is larger than the 1 MiB limit."
                 *     }
                 */
                "application/json": components["schemas"]["error"];
            };
        };
        /**
         * @description Service Unavailable, `temporarily_unavailable`. (inferred: the vendor documents no 503
         *     for these operations, but `temporarily_unavailable` is in its error enum and a server
         *     under maintenance or overload answers it; samock sends it only when asked to, with
         *     `Prefer: code=503` or a fault.)
         */
        serviceUnavailable: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "temporarily_unavailable",
                 *       "error_description": "the service is temporarily unavailable, please retry later"
                 *     }
                 */
                "application/json": components["schemas"]["error"];
            };
        };
        /**
         * @description Unauthorized, `access_denied`: "Authentication failed or the access token has expired"
         *     (from the Unikorn spec). Also a token that was rotated away or whose service account was
         *     deleted (from the Unikorn server).
         */
        unauthorized: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "access_denied",
                 *       "error_description": "authentication failed"
                 *     }
                 */
                "application/json": components["schemas"]["error"];
            };
        };
        /**
         * @description The body is not `application/json`. (inferred: the vendor documents no status for it;
         *     samock answers 415 `unsupported_media_type`, a value of the vendor's error enum.)
         */
        unsupportedMediaType: {
            headers: {
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unsupported_media_type",
                 *       "error_description": "Unsupported Content-Type \"text/plain\": send the body as application/json."
                 *     }
                 */
                "application/json": components["schemas"]["error"];
            };
        };
    };
    parameters: {
        /** @description An organization ID (from the vendor's create page). */
        organizationID: string;
        /**
         * @description A service account ID, the `metadata.id` create answered. IDs are UUIDs, but any string is
         *     accepted and an unknown one answers 404 `not_found` (inferred: the Unikorn spec types the
         *     parameter as a plain string).
         */
        serviceAccountID: string;
    };
    requestBodies: {
        /** @description Body required to create a service account (from the vendor's create page). */
        serviceAccountWrite: {
            content: {
                "application/json": components["schemas"]["serviceAccountWrite"];
            };
        };
    };
    headers: {
        /**
         * @description Always `no-cache`: the Unikorn server marks every answer of these operations, errors
         *     included, as uncacheable (from the Unikorn server).
         */
        CacheControl: "no-cache";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listServiceAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization's service accounts, without their access tokens. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["serviceAccounts"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            413: components["responses"]["payloadTooLarge"];
            500: components["responses"]["internalServerError"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    createServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["serviceAccountWrite"];
        responses: {
            /**
             * @description The new service account, with its access token. The token "can only be read once"
             *     (from the vendor's create page).
             */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["serviceAccountCreate"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            413: components["responses"]["payloadTooLarge"];
            415: components["responses"]["unsupportedMediaType"];
            500: components["responses"]["internalServerError"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    updateServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
                /**
                 * @description A service account ID, the `metadata.id` create answered. IDs are UUIDs, but any string is
                 *     accepted and an unknown one answers 404 `not_found` (inferred: the Unikorn spec types the
                 *     parameter as a plain string).
                 */
                serviceAccountID: components["parameters"]["serviceAccountID"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["serviceAccountWrite"];
        responses: {
            /** @description The updated service account, without its access token. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["serviceAccountRead"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            413: components["responses"]["payloadTooLarge"];
            415: components["responses"]["unsupportedMediaType"];
            500: components["responses"]["internalServerError"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    deleteServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
                /**
                 * @description A service account ID, the `metadata.id` create answered. IDs are UUIDs, but any string is
                 *     accepted and an unknown one answers 404 `not_found` (inferred: the Unikorn spec types the
                 *     parameter as a plain string).
                 */
                serviceAccountID: components["parameters"]["serviceAccountID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The account was removed and its access token revoked. No body. (The Unikorn spec
             *     says 200; the server answers 202 — see the description.)
             */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            413: components["responses"]["payloadTooLarge"];
            500: components["responses"]["internalServerError"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    rotateServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization ID (from the vendor's create page). */
                organizationID: components["parameters"]["organizationID"];
                /**
                 * @description A service account ID, the `metadata.id` create answered. IDs are UUIDs, but any string is
                 *     accepted and an unknown one answers 404 `not_found` (inferred: the Unikorn spec types the
                 *     parameter as a plain string).
                 */
                serviceAccountID: components["parameters"]["serviceAccountID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account with its new access token, shown only in this response. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["serviceAccountCreate"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            413: components["responses"]["payloadTooLarge"];
            500: components["responses"]["internalServerError"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
}
