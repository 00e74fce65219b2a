// SPDX-License-Identifier: MIT
#include "core/quiz/scenarios.h"

#include <QCoreApplication>

namespace StatusScope::Core {

namespace {

struct Entry
{
    const char *situation;
    int answer;
    int confusers[3];
    const char *why;
};

// Our own teaching situations; each tests one distinction the catalogue explains.
constexpr Entry entries[] = {
    {QT_TRANSLATE_NOOP("Scenario",
                       "A form POST should leave the browser on a result page that it fetches with GET, "
                       "so a reload does not submit the form again. Which status?"),
     303,
     {302, 307, 308},
     QT_TRANSLATE_NOOP("Scenario",
                       "303 See Other tells the client to GET the other URI whatever the method was; "
                       "307 and 308 would repeat the POST.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "An API moved for good to a new path and clients must keep sending their POST "
                       "bodies there. Which status?"),
     308,
     {301, 302, 307},
     QT_TRANSLATE_NOOP("Scenario",
                       "308 Permanent Redirect is permanent and keeps the method and body; a 301 may "
                       "turn the POST into a GET.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "A request carries no credentials at all, and the resource needs a signed-in "
                       "user. Which status?"),
     401,
     {403, 400, 407},
     QT_TRANSLATE_NOOP("Scenario",
                       "401 Unauthorized means \"authenticate first\" and comes with WWW-Authenticate; "
                       "403 is for a known user who may not do this.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "A signed-in user asks to delete another user's account, which only "
                       "administrators may do. Which status?"),
     403,
     {401, 405, 409},
     QT_TRANSLATE_NOOP("Scenario",
                       "403 Forbidden: the server knows who is asking and refuses; signing in again "
                       "would not help, so 401 is wrong.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "An article was taken down on purpose and will never come back. Which status "
                       "says so most precisely?"),
     410,
     {404, 301, 451},
     QT_TRANSLATE_NOOP("Scenario",
                       "410 Gone says the removal is deliberate and permanent, so links and caches can "
                       "forget it; 404 only says nothing is there now.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "A JSON body parses fine, but its end date lies before its start date. Which "
                       "status?"),
     422,
     {400, 409, 415},
     QT_TRANSLATE_NOOP("Scenario",
                       "422 Unprocessable Content: the syntax is right but the content cannot be "
                       "processed; 400 is for a request the server cannot even read.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "A client sent too many requests this minute and should wait before trying "
                       "again. Which status?"),
     429,
     {503, 403, 408},
     QT_TRANSLATE_NOOP("Scenario",
                       "429 Too Many Requests is about this client's rate, usually with Retry-After; "
                       "503 means the whole service is unavailable.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "A reverse proxy got a garbled, unparsable answer from the application server "
                       "behind it. Which status?"),
     502,
     {500, 503, 504},
     QT_TRANSLATE_NOOP("Scenario",
                       "502 Bad Gateway: the upstream answered, but badly; 504 would mean it did not "
                       "answer in time.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "An upload was accepted and will be processed later by a background job. Which "
                       "status?"),
     202,
     {200, 201, 204},
     QT_TRANSLATE_NOOP("Scenario",
                       "202 Accepted: the work is queued, not done; 201 would claim the resource "
                       "already exists.")},
    {QT_TRANSLATE_NOOP("Scenario",
                       "A client's cached copy is still current (its If-None-Match ETag matches). "
                       "Which status?"),
     304,
     {200, 204, 412},
     QT_TRANSLATE_NOOP("Scenario",
                       "304 Not Modified tells the client to reuse its stored copy, without a body; "
                       "412 is for a failed precondition on a change.")},
};

} // namespace

QList<Scenario> quizScenarios()
{
    QList<Scenario> scenarios;
    for (const Entry &entry : entries) {
        scenarios.append({QCoreApplication::translate("Scenario", entry.situation),
                          entry.answer,
                          {entry.confusers[0], entry.confusers[1], entry.confusers[2]},
                          QCoreApplication::translate("Scenario", entry.why)});
    }
    return scenarios;
}

} // namespace StatusScope::Core
