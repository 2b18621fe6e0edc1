<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.online_sync</name>
    <message>
      <source>never</source>
      <translation>chưa lần nào</translation>
    </message>
    <message>
      <source>syncing through the relay…</source>
      <translation>đang đồng bộ qua máy chủ trung chuyển…</translation>
    </message>
    <message>
      <source>last sync: {moment}</source>
      <translation>lần đồng bộ cuối: {moment}</translation>
    </message>
    <message>
      <source>The sync stopped on a program error.</source>
      <translation>Việc đồng bộ dừng vì lỗi chương trình.</translation>
    </message>
    <message>
      <source>offline · last sync: {moment}</source>
      <translation>chưa có mạng · lần đồng bộ cuối: {moment}</translation>
    </message>
    <message>
      <source>the relay refused the last sync · last sync: {moment}</source>
      <translation>máy chủ trung chuyển từ chối lần đồng bộ vừa rồi · lần đồng bộ cuối: {moment}</translation>
    </message>
  </context>
</TS>
